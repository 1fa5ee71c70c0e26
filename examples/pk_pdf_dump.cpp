// pk_pdf_dump: what the PDF reader sees in UN monthly reports. A debugging aid.
//
//   pk_pdf_dump FILE...              one summary line per file, then its errors
//   pk_pdf_dump --lines FILE [P]     the rebuilt lines (of page P), words joined into cells
//   pk_pdf_dump --rows FILE [NAME]   the raw rows (only those whose country contains NAME)
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include <peacekeeping/pdf/pdf.hpp>

namespace {

int dump_lines(const char* file, unsigned only_page) {
    for (const auto& page : pk::pdf::read_text_pages(file)) {
        if (only_page != 0 && page.number != only_page) continue;
        std::printf("=== page %u\n", page.number);
        for (const auto& line : page.lines) {
            std::printf("%3u %6.1f |", line.number, line.middle());
            for (const auto& cell : pk::pdf::join_cells(line.words)) std::printf("  %s@%.0f", cell.text.c_str(), cell.x);
            std::printf("\n");
        }
    }
    return 0;
}

int dump_rows(const char* file, const std::string& name) {
    const auto details = pk::pdf::read_report_details(file);
    for (const auto& r : details.parsed.rows) {
        if (!name.empty() && r.country_name.find(name) == std::string::npos) continue;
        std::printf("p%u l%u | %s | %s | %s | %s %s %u\n", r.page, r.line, r.country_name.c_str(),
                    r.mission_acronym.c_str(), r.category_label.c_str(),
                    r.male ? std::to_string(*r.male).c_str() : "-", r.female ? std::to_string(*r.female).c_str() : "-",
                    r.total);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s [--lines FILE [PAGE] | --rows FILE [NAME] | FILE...]\n", argv[0]);
        return 2;
    }
    const std::string mode = argv[1];
    try {
        if (mode == "--lines" && argc >= 3) return dump_lines(argv[2], argc > 3 ? static_cast<unsigned>(std::stoul(argv[3])) : 0);
        if (mode == "--rows" && argc >= 3) return dump_rows(argv[2], argc > 3 ? argv[3] : "");
        const auto start = std::chrono::steady_clock::now();
        std::size_t failed = 0;
        for (int i = 1; i < argc; ++i) {
            const auto d = pk::pdf::read_report_details(argv[i]);
            const auto& p = d.parsed;
            std::printf("%s: layout %s, month %s%s, %zu rows, %zu contributions, subtotals %zu/%zu, rows m+f=t %zu/%zu, "
                        "%zu errors\n",
                        argv[i], std::string(name(p.layout)).c_str(),
                        p.month ? std::string(p.month->text().view()).c_str() : "?",
                        p.month_from_file_name ? " (from the file name)" : "", p.rows.size(), d.result.data.size(),
                        d.checks.subtotals_checked - d.checks.subtotals_failed, d.checks.subtotals_checked,
                        d.checks.rows_checked - d.checks.rows_failed, d.checks.rows_checked, d.result.errors.size());
            for (const auto& e : d.result.errors) std::cout << "  " << e << '\n';
            if (!d.result.errors.empty()) ++failed;
        }
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        std::printf("%d files in %.2f s, %zu with errors\n", argc - 1, took.count(), failed);
        return failed == 0 ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
