// pk::detail::advise_huge_pages: a large block of the rows is advised for huge pages (Linux
// marks the advised mapping "hg" in /proc/self/smaps), a small one is not touched, and the
// rows written into an advised block read back the same.
#include <peacekeeping/detail/huge_pages.hpp>
#include <peacekeeping/detail/trivial_vector.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "support/catch.hpp"

namespace {

// The VmFlags of the mapping that holds `address`, from /proc/self/smaps; empty if none.
std::string flags_of_mapping(const void* address) {
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps{"/proc/self/smaps"};
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        // A mapping's first line: "start-end perms offset dev inode path".
        const auto dash = line.find('-');
        const auto space = line.find(' ');
        if (dash != std::string::npos && space != std::string::npos && dash < space &&
            line.find_first_not_of("0123456789abcdef") == dash) {
            const auto start = std::stoull(line.substr(0, dash), nullptr, 16);
            const auto end = std::stoull(line.substr(dash + 1, space - dash - 1), nullptr, 16);
            inside = start <= at && at < end;
            continue;
        }
        if (inside && line.rfind("VmFlags:", 0) == 0) return line;
    }
    return {};
}

bool has_flag(const std::string& vm_flags, const std::string& flag) {
    std::istringstream words{vm_flags};
    std::string word;
    while (words >> word)
        if (word == flag) return true;
    return false;
}

}  // namespace

TEST_CASE("a large block of rows is advised for huge pages, a small one is not") {
#if !defined(__linux__)
    WARN("not Linux: advise_huge_pages does nothing here");
#else
    if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage")) {
        WARN("this kernel has no transparent huge pages: nothing to check");
        return;
    }
    // 3M rows of 12 bytes: 36 MB, several whole 2 MiB pages inside the block.
    struct row {
        std::uint32_t a, b, c;
    };
    pk::detail::trivial_vector<row> rows;
    rows.resize(3000000);
    for (std::uint32_t i = 0; i < rows.size(); ++i) rows[i] = {i, i * 3, ~i};
    // An address a whole huge page past the block's start lies in the advised part.
    const auto* inner = reinterpret_cast<const char*>(rows.data()) + 2 * pk::detail::huge_page_bytes;
    const auto flags = flags_of_mapping(inner);
    REQUIRE_FALSE(flags.empty());
    CHECK(has_flag(flags, "hg"));
    bool same = true;
    for (std::uint32_t i = 0; i < rows.size(); ++i) same = same && rows[i].a == i && rows[i].b == i * 3 && rows[i].c == ~i;
    CHECK(same);

    // 1,000 rows (12 KB) are under the threshold: their mapping (malloc's heap) is not advised.
    pk::detail::trivial_vector<row> few;
    few.resize(1000);
    const auto small_flags = flags_of_mapping(few.data());
    REQUIRE_FALSE(small_flags.empty());
    CHECK_FALSE(has_flag(small_flags, "hg"));
#endif
}
