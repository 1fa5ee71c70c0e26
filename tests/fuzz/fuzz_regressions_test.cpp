// Replays, under any compiler, every input the fuzzers ever found (tests/fuzz/regressions/
// TARGET/) and every seed (tests/fuzz/corpus/TARGET/) through the properties the fuzz
// targets check (fuzz_properties.hpp). A file that broke a property stays here for good.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_properties.hpp"
#include "support/catch.hpp"

namespace {

namespace fs = std::filesystem;

std::string contents(const fs::path& file) {
    std::ifstream in{file, std::ios::binary};
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

// The files of tests/fuzz/<kind>/<target>/, sorted, README files left out.
std::vector<fs::path> inputs(const char* kind, const char* target) {
    std::vector<fs::path> files;
    const fs::path dir = fs::path{PK_FUZZ_DIR} / kind / target;
    if (!fs::exists(dir)) return files;
    for (const auto& entry : fs::directory_iterator{dir})
        if (entry.is_regular_file() && entry.path().filename() != "README.md") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

template <class Check>
void replay(const char* target, Check check) {
    std::size_t count = 0;
    for (const char* kind : {"regressions", "corpus"}) {
        for (const auto& file : inputs(kind, target)) {
            ++count;
            const auto broken = check(contents(file));
            INFO(file.string());
            for (const auto& problem : broken) UNSCOPED_INFO(problem);
            CHECK(broken.empty());
        }
    }
    // The corpus is checked in: an empty directory means a broken checkout, not a pass.
    CHECK(count > 0);
}

}  // namespace

TEST_CASE("fuzz inputs: read_text", "[fuzz]") { replay("read_text", pk_fuzz::check_read_text); }
TEST_CASE("fuzz inputs: read_text_with_header", "[fuzz]") {
    replay("read_text_with_header", pk_fuzz::check_read_text_with_header);
}
TEST_CASE("fuzz inputs: month_parse", "[fuzz]") { replay("month_parse", pk_fuzz::check_month_parse); }
TEST_CASE("fuzz inputs: country", "[fuzz]") { replay("country", pk_fuzz::check_country); }
TEST_CASE("fuzz inputs: mission", "[fuzz]") { replay("mission", pk_fuzz::check_mission); }
TEST_CASE("fuzz inputs: personnel_category", "[fuzz]") {
    replay("personnel_category", pk_fuzz::check_personnel_category);
}
