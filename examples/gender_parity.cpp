// gender_parity: the female share of each UN Uniformed Gender Parity Strategy category, per
// year of the data, against the strategy's targets; for all contributors and, when one is
// given, for one country.
//
//   gender_parity [ISO3] [FILE...]
//
// With no FILE it reads the bundled dataset. Exit status: 0 when every row of every file was
// read, 1 when some rows were bad (they are reported on stderr, the good ones are used),
// 2 on a usage error or an unreadable file.
#include <peacekeeping/aggregate/gender_parity.hpp>
#include <peacekeeping/country/country.hpp>
#include <peacekeeping/csv/read.hpp>
#include <peacekeeping/dataset/dataset.hpp>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

// The bundled UN monthly series (examples/data/), whose path the build passes in.
std::optional<std::filesystem::path> bundled_dataset() {
    std::filesystem::path path{PK_BUNDLED_DATASET};
    if (!std::filesystem::exists(path)) return std::nullopt;
    return path;
}

std::string percent_text(std::optional<double> value) {
    if (!value) return "-";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f%%", *value);
    return buffer;
}

std::string assessment_text(const pk::parity_assessment& a) {
    if (!a.target) return "no target";
    const auto gap = a.gap_points();
    if (!gap) return "no data";
    char buffer[64];
    if (*gap <= 0.0) std::snprintf(buffer, sizeof buffer, "on target");
    else std::snprintf(buffer, sizeof buffer, "%.2f points short", *gap);
    std::string text = buffer;
    if (a.target->status == pk::target_status::unconfirmed) text += " (target unconfirmed)";
    return text;
}

void print(std::string_view title, const std::vector<pk::parity_assessment>& rows) {
    std::cout << title << "\n";
    std::printf("%-6s %-44s %9s %8s %7s  %s\n", "year", "category", "share", "target", "months", "assessment");
    for (const auto& a : rows) {
        const std::string target = a.target ? std::to_string(a.target->percent) + "%" : "-";
        std::printf("%-6d %-44s %9s %8s %7d  %s\n", a.year.value(), std::string{pk::name(a.category)}.c_str(),
                    percent_text(a.share.percent()).c_str(), target.c_str(), a.share.covered.count(),
                    assessment_text(a).c_str());
    }
    std::cout << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
    std::optional<pk::country> country;
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help") {
            std::cout << "usage: gender_parity [ISO3] [FILE...]\n";
            return 0;
        }
        // The first argument may be a country code; anything else is a file.
        if (i == 1 && arg.size() == 3 && !std::filesystem::exists(arg)) {
            country = pk::country::from_code(arg);
            if (!country) {
                std::cerr << "gender_parity: \"" << arg << "\" is not an ISO 3166-1 alpha-3 code\n";
                return 2;
            }
            continue;
        }
        files.emplace_back(arg);
    }
    if (files.empty()) {
        const auto bundled = bundled_dataset();
        if (!bundled) {
            std::cerr << "gender_parity: the bundled dataset (" PK_BUNDLED_DATASET ") is not there; give a FILE\n";
            return 2;
        }
        files.push_back(*bundled);
    }

    pk::dataset data;
    bool had_errors = false;
    for (const auto& file : files) {
        try {
            pk::read_result result = pk::read_file(file);
            for (const auto& error : result.errors) std::cerr << error << '\n';
            had_errors = had_errors || !result.errors.empty();
            data.merge(result.data);
        } catch (const std::exception& e) {
            std::cerr << "gender_parity: " << e.what() << '\n';
            return 2;
        }
    }

    std::cout << "Female share by UN Uniformed Gender Parity Strategy category (targets: DOMAIN.md §4;\n"
                 "months: covered months with a gender split; before about 2017 Troops include staff officers)\n\n";
    print("All contributors", pk::gender_parity(data));
    if (country) {
        pk::contribution_filter only;
        only.countries = {*country};
        print(std::string{country->code()} + " (" + std::string{country->name()} + ")", pk::gender_parity(data, only));
    }
    return had_errors ? 1 : 0;
}
