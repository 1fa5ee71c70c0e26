// pk-convert: any readable contribution file (the CSV formats, and the UN's PDF reports when
// built with peacekeeping::pdf) to the UN DPO long CSV format, on stdout or into a file.
//
//   pk-convert [-o OUT] [--only FIRST..LAST] [--drop-identical-duplicates] FILE...
//
// --only and --drop-identical-duplicates apply to the files after them (--only all resets),
// so one run can take months 2009-11..2014-02 from one source and 2014-03..2014-08 from
// another. Bad rows are reported as FILE:LINE:COLUMN: error: ... and left out; the exit status
// is 0 when every row was valid, 1 when some were reported, 2 for usage or unreadable input.
#include <peacekeeping/peacekeeping.hpp>

#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "read_inputs.hpp"

namespace {

int usage(std::string_view message) {
    std::cerr << "pk-convert: " << message << "\n"
              << "usage: pk-convert [-o OUT] [--only FIRST..LAST] [--drop-identical-duplicates] FILE...\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::string output;
    pk::read_options options;
    pk::dataset all;
    bool any_file = false, any_error = false;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "-o" || arg == "--only") {
            if (i + 1 >= argc) return usage(std::string{arg} + " needs a value");
            std::string_view value = argv[++i];
            if (arg == "-o") {
                output = value;
            } else if (value == "all") {
                options.only.reset();
            } else {
                auto range = pk::month_range::parse(value);
                if (!range) return usage("--only expects FIRST..LAST months like 2014-03..2014-08, found \"" + std::string{value} + "\"");
                options.only = *range;
            }
        } else if (arg == "--drop-identical-duplicates") {
            options.drop_identical_duplicates = true;
        } else if (arg == "--keep-identical-duplicates") {
            options.drop_identical_duplicates = false;
        } else if (arg == "--help") {
            usage("convert contribution files to the UN DPO long CSV format");
            return 0;
        } else if (!arg.empty() && arg[0] == '-') {
            return usage("unknown option \"" + std::string{arg} + "\"");
        } else {
            any_file = true;
            const std::string path{arg};
            auto read = pk::programs::read_any(path, options, "pk-convert", std::cerr);
            if (!read) return 2;
            pk::read_result& result = *read;
            for (const auto& e : result.errors) std::cerr << e << '\n';
            any_error = any_error || !result.errors.empty();
            if (result.identical_duplicates_dropped != 0)
                std::cerr << path << ": " << result.identical_duplicates_dropped << " lines repeating earlier lines exactly were dropped\n";
            if (!pk::programs::merge_input(all, std::move(result), path, std::cerr)) any_error = true;
        }
    }
    if (!any_file) return usage("no FILE given");
    all.sort();
    if (output.empty()) {
        pk::write_un_dpo_long(std::cout, all);
    } else {
        std::ofstream out{output, std::ios::binary};
        if (!out) return usage("cannot write " + output);
        pk::write_un_dpo_long(out, all);
        if (!out.flush()) return usage("cannot write " + output);
    }
    return any_error ? 1 : 0;
}
