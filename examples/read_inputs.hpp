#pragma once
// What pk-report and pk-convert share: reading a file in whatever format it is, and merging
// several files into one dataset without counting a month twice.
#include <peacekeeping/peacekeeping.hpp>

#if PK_EXAMPLES_WITH_PDF
#include <peacekeeping/pdf/pdf.hpp>
#endif

#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pk::programs {

inline bool starts_with_pdf_magic(const std::string& path) {
    std::ifstream in{path, std::ios::binary};
    char magic[5]{};
    in.read(magic, 5);
    return in.gcount() == 5 && std::string_view{magic, 5} == "%PDF-";
}

// Reads one file: the CSV formats, and the UN's PDF reports when the program was built with
// the PDF component. Returns nullopt after one line on `err` when the file cannot be read or
// its format is unknown (the programs' exit status 2). In strict mode pk::read_failure
// propagates for a bad row.
inline std::optional<read_result> read_any(const std::string& path, const read_options& options,
                                           std::string_view program, std::ostream& err) {
    try {
        if (starts_with_pdf_magic(path)) {
#if PK_EXAMPLES_WITH_PDF
            return pdf::read_report(path, options);
#else
            err << program << ": " << path << ": a PDF report, but " << program
                << " was built without the PDF component (poppler-cpp)\n";
            return std::nullopt;
#endif
        }
        auto result = read_file(path, options);
        if (!result.format) {
            err << program << ": "
                << (result.errors.empty() ? path + ": unknown format" : result.errors.front().to_string()) << '\n';
            return std::nullopt;
        }
        return result;
    } catch (const read_failure& failure) {
        if (failure.error().line != 0) throw;  // a bad row in strict mode: the caller's to print
        err << program << ": " << failure.error().file << ": cannot read: " << failure.error().found << '\n';
        return std::nullopt;
    }
}

// Adds a file's rows to `into`, except for months an earlier file already covers: two sources
// of one month would count its people twice (the same file given twice, a rank file beside a
// report of the same month). Those months are kept from the first file and reported as
// errors of the later one. Returns false when something was reported.
// The rows are moved, not copied: a 10-million-row file must not be held twice.
inline bool merge_input(dataset& into, read_result&& result, const std::string& path, std::ostream& err) {
    std::vector<month> taken;
    for (const auto& c : result.data.covered_months())
        if (into.covers(c.month)) taken.push_back(c.month);
    if (taken.empty()) {
        into.merge(std::move(result.data));
        return true;
    }
    for (month m : taken) {
        read_error e;
        e.file = path;
        e.expected = "months no earlier file covers";
        e.found = std::string{m.text().view()} + ", also covered by an earlier file: its rows here are left out";
        err << e << '\n';
    }
    dataset rest;
    for (const auto& c : result.data)
        if (std::find(taken.begin(), taken.end(), c.month) == taken.end()) rest.add(c);
    for (const auto& c : result.data.covered_months())
        if (std::find(taken.begin(), taken.end(), c.month) == taken.end()) rest.cover(c.month, c.coverage);
    into.merge(rest);
    return false;
}

}  // namespace pk::programs
