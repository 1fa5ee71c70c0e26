// pk::detail::cache_line_allocator: every block starts on a 64-byte line and no two live
// blocks share a line, whatever their sizes; a vector using it behaves as with std::allocator.
#include <peacekeeping/detail/cache_line_allocator.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "support/catch.hpp"

namespace {

template <class T>
using line_vector = std::vector<T, pk::detail::cache_line_allocator<T>>;

std::uintptr_t address_of(const void* p) { return reinterpret_cast<std::uintptr_t>(p); }

}  // namespace

TEST_CASE("cache_line_allocator: each block starts on a cache line", "[detail][cache_line_allocator]") {
    for (std::size_t n : {1u, 7u, 63u, 64u, 65u, 250u, 4096u}) {
        line_vector<std::uint8_t> bytes(n, 0);
        CHECK(address_of(bytes.data()) % 64 == 0);
        line_vector<std::uint32_t> counts(n, 0);
        CHECK(address_of(counts.data()) % 64 == 0);
    }
}

TEST_CASE("cache_line_allocator: small blocks made one after another share no line", "[detail][cache_line_allocator]") {
    // Seven bytes each, the size of the grouping's "seen" bytes by category: std::allocator
    // would put several in one line. Here each starts on a line of its own.
    std::vector<line_vector<std::uint8_t>> blocks;
    for (int i = 0; i < 32; ++i) blocks.emplace_back(7, static_cast<std::uint8_t>(i));
    for (std::size_t i = 0; i < blocks.size(); ++i)
        for (std::size_t j = i + 1; j < blocks.size(); ++j) {
            const auto a = address_of(blocks[i].data()) / 64, b = address_of(blocks[j].data()) / 64;
            CHECK(a != b);
        }
}

TEST_CASE("cache_line_allocator: a vector keeps its elements as it grows", "[detail][cache_line_allocator]") {
    line_vector<std::uint32_t> v;
    for (std::uint32_t i = 0; i < 1000; ++i) v.push_back(i * 3);
    REQUIRE(v.size() == 1000);
    CHECK(address_of(v.data()) % 64 == 0);
    bool all = true;
    for (std::uint32_t i = 0; i < 1000; ++i) all = all && v[i] == i * 3;
    CHECK(all);
    v.assign(5, 9);  // assign, as the grouping does for each pass
    CHECK(v == line_vector<std::uint32_t>(5, 9));
}
