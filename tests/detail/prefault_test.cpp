// pk::detail::prefault: it leaves every byte as it was, and where Linux takes the request, the
// whole pages inside the range (and only those) are backed with memory afterwards, whatever
// the number of threads.
#include <peacekeeping/detail/prefault.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "support/catch.hpp"

#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
#include <sys/mman.h>
#include <unistd.h>
#define PK_TEST_POPULATE 1
#endif

TEST_CASE("prefault leaves the bytes of the block as they were", "[detail][prefault]") {
    const std::size_t size = (std::size_t{3} << 20) + 123;
    auto* block = static_cast<unsigned char*>(std::malloc(size));
    REQUIRE(block != nullptr);
    for (std::size_t i = 0; i < size; ++i) block[i] = static_cast<unsigned char>(i * 7 + 1);
    // Whole block, unaligned parts, one byte, nothing; 0 threads counts as 1.
    for (std::size_t threads : {0u, 1u, 2u, 3u}) {
        pk::detail::prefault(block, size, threads);
        pk::detail::prefault(block + 1, size - 2, threads);
        pk::detail::prefault(block + 5000, 1, threads);
        pk::detail::prefault(block, 0, threads);
    }
    std::size_t changed = 0;
    for (std::size_t i = 0; i < size; ++i) changed += block[i] != static_cast<unsigned char>(i * 7 + 1) ? 1 : 0;
    CHECK(changed == 0);
    std::free(block);
}

#if PK_TEST_POPULATE
namespace {
// Which of the mapping's pages are resident (mincore), one flag a page.
std::vector<bool> resident(void* base, std::size_t pages) {
    std::vector<unsigned char> flags(pages);
    REQUIRE(::mincore(base, pages * 4096, flags.data()) == 0);
    std::vector<bool> out(pages);
    for (std::size_t i = 0; i < pages; ++i) out[i] = (flags[i] & 1) != 0;
    return out;
}

// A fresh private mapping of `pages` pages, none backed yet, unmapped when done.
struct fresh_mapping {
    explicit fresh_mapping(std::size_t n) : pages{n} {
        base = ::mmap(nullptr, pages * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        REQUIRE(base != MAP_FAILED);
    }
    ~fresh_mapping() { ::munmap(base, pages * 4096); }
    fresh_mapping(const fresh_mapping&) = delete;
    fresh_mapping& operator=(const fresh_mapping&) = delete;
    unsigned char* bytes() const { return static_cast<unsigned char*>(base); }
    // Whether this kernel takes the request (5.14 on), asked of the mapping's last page, which
    // the tests leave out of their ranges; before 5.14 prefault does nothing, as it says.
    bool kernel_populates() const { return ::madvise(bytes() + (pages - 1) * 4096, 4096, MADV_POPULATE_WRITE) == 0; }

    std::size_t pages;
    void* base = nullptr;
};
}  // namespace

TEST_CASE("prefault backs exactly the whole pages inside the range", "[detail][prefault]") {
    REQUIRE(::sysconf(_SC_PAGESIZE) == 4096);
    const std::size_t pages = 64;
    for (std::size_t threads : {1u, 2u, 3u, 5u}) {
        const fresh_mapping map{pages};
        if (!map.kernel_populates()) {
            WARN("MADV_POPULATE_WRITE refused by this kernel: only the bytes are checked");
            return;
        }
        unsigned char* const bytes = map.bytes();
        const std::vector<bool> before = resident(map.base, pages);
        for (std::size_t i = 0; i + 1 < pages; ++i) REQUIRE_FALSE(before[i]);
        // From byte 100 of page 0 to byte 100 of page 40: pages 1..39 are wholly inside.
        pk::detail::prefault(bytes + 100, 40 * 4096, threads);
        const std::vector<bool> after = resident(map.base, pages);
        INFO("threads: " << threads);
        CHECK_FALSE(after[0]);
        for (std::size_t i = 1; i < 40; ++i) CHECK(after[i]);
        for (std::size_t i = 40; i + 1 < pages; ++i) CHECK_FALSE(after[i]);
        for (std::size_t i = 0; i < pages * 4096; ++i) REQUIRE(bytes[i] == 0);  // still zero
    }
}

TEST_CASE("prefault backs no page past the block, however it is shared out", "[detail][prefault]") {
    const std::size_t pages = 8;
    for (std::size_t threads : {2u, 3u, 7u, 64u}) {
        const fresh_mapping map{pages};
        if (!map.kernel_populates()) {
            WARN("MADV_POPULATE_WRITE refused by this kernel");
            return;
        }
        unsigned char* const bytes = map.bytes();
        // Byte 10 of page 0 to byte 3000 of page 2: only page 1 is wholly inside, and most
        // shares' rounded-up ends fall in page 2.
        pk::detail::prefault(bytes + 10, 2 * 4096 + 2990, threads);
        const std::vector<bool> after = resident(map.base, pages);
        INFO("threads: " << threads);
        CHECK_FALSE(after[0]);
        CHECK(after[1]);
        CHECK_FALSE(after[2]);
        CHECK_FALSE(after[3]);
    }
}
#endif
