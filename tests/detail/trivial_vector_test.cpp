// pk::detail::trivial_vector, the dataset's rows: the std::vector behaviour the library relies
// on (growth keeps the elements, insert, copy and move, equality), the one it does not give
// (resize leaves what was written), and shrink_to_fit giving the tail back without moving.
#include <peacekeeping/detail/trivial_vector.hpp>

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>
#include <vector>

#include "support/catch.hpp"

namespace {

// glibc's realloc shrinks a block where it is. The sanitizers' allocators move every block
// they reallocate (to catch stale pointers), and other allocators may: the check is for glibc
// alone. (Valgrind's allocator moves them too; no test runs under it.)
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)  // g++
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)  // clang
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif
#if defined(__GLIBC__)
constexpr bool glibc = true;
#else
constexpr bool glibc = false;
#endif
constexpr bool realloc_shrinks_in_place = glibc && !sanitized;

struct row {
    std::uint32_t key;
    std::uint16_t a, b;
    friend bool operator==(const row&, const row&) = default;
};

pk::detail::trivial_vector<row> counting(std::uint32_t n) {
    pk::detail::trivial_vector<row> v;
    for (std::uint32_t i = 0; i < n; ++i) v.push_back({i, static_cast<std::uint16_t>(i % 7), 1});
    return v;
}

bool holds_counting(const pk::detail::trivial_vector<row>& v, std::uint32_t n) {
    if (v.size() != n) return false;
    for (std::uint32_t i = 0; i < n; ++i)
        if (!(v[i] == row{i, static_cast<std::uint16_t>(i % 7), 1})) return false;
    return true;
}

}  // namespace

TEST_CASE("trivial_vector keeps every element through growth") {
    pk::detail::trivial_vector<row> empty;
    CHECK(empty.empty());
    CHECK(empty.size() == 0);
    CHECK(empty.begin() == empty.end());
    // 100,000 pushes cross many doublings (16, 32, ... 131,072).
    const auto v = counting(100000);
    CHECK(holds_counting(v, 100000));
    CHECK(v.capacity() >= v.size());
    CHECK(v.front() == row{0, 0, 1});
    CHECK(v.back() == row{99999, 99999 % 7, 1});
}

TEST_CASE("trivial_vector push_back of its own element when full") {
    auto v = counting(16);  // the first block holds 16: full
    REQUIRE(v.size() == v.capacity());
    // The block may move while the argument is read: under glibc a small block often grows
    // in place, so it is the sanitizer run (whose realloc always moves) that makes this fail
    // if push_back reads `value` after reallocating.
    v.push_back(v[3]);
    CHECK(v.size() == 17);
    CHECK(v[16] == row{3, 3, 1});
}

TEST_CASE("trivial_vector resize keeps what was written and reserve is exact") {
    auto v = counting(10);
    v.resize(1000);
    CHECK(v.size() == 1000);
    for (std::uint32_t i = 0; i < 10; ++i) CHECK(v[i] == row{i, static_cast<std::uint16_t>(i % 7), 1});
    v.resize(4);
    CHECK(holds_counting(v, 4));
    pk::detail::trivial_vector<row> r;
    r.reserve(123);
    CHECK(r.capacity() == 123);
    CHECK(r.empty());
    r.reserve(10);  // never less
    CHECK(r.capacity() == 123);
}

TEST_CASE("trivial_vector insert at the end, the front and the middle") {
    const auto tail = counting(5);
    pk::detail::trivial_vector<row> v;
    v.insert(v.end(), tail.begin(), tail.end());
    CHECK(v == tail);
    v.insert(v.end(), tail.begin(), tail.end());
    CHECK(v.size() == 10);
    CHECK(v[7] == tail[2]);
    const row marks[2] = {{100, 0, 0}, {101, 0, 0}};
    v.insert(v.begin(), marks, marks + 2);
    CHECK(v.size() == 12);
    CHECK(v[0].key == 100);
    CHECK(v[1].key == 101);
    CHECK(v[2] == tail[0]);
    v.insert(v.begin() + 5, marks, marks + 1);
    CHECK(v.size() == 13);
    CHECK(v[4] == tail[2]);
    CHECK(v[5].key == 100);
    CHECK(v[6] == tail[3]);
    CHECK(v.insert(v.end(), marks, marks) == v.end());  // nothing to insert
}

TEST_CASE("trivial_vector copies, moves and compares like a value") {
    auto a = counting(1000);
    auto b = a;
    CHECK(a == b);
    b[500].b = 2;
    CHECK_FALSE(a == b);
    b = a;
    CHECK(a == b);
    b.pop_back();
    CHECK_FALSE(a == b);  // sizes differ
    const row* block = a.data();
    auto moved = std::move(a);
    CHECK(moved.data() == block);  // a move takes the block, copies nothing
    CHECK(holds_counting(moved, 1000));
    CHECK(a.empty());  // NOLINT(bugprone-use-after-move): a moved-from vector is empty
    a = moved;
    CHECK(holds_counting(a, 1000));
    auto& self = a;
    a = self;
    CHECK(holds_counting(a, 1000));
    a.clear();
    CHECK(a.empty());
    CHECK(a.capacity() >= 1000);  // clear keeps the block, as std::vector's
}

TEST_CASE("trivial_vector is built from another vector's range") {
    const std::vector<row> rows{{1, 2, 3}, {4, 5, 6}};
    const pk::detail::trivial_vector<row> v(rows.begin(), rows.end());
    REQUIRE(v.size() == 2);
    CHECK(v[0] == rows[0]);
    CHECK(v[1] == rows[1]);
    CHECK(v.capacity() == 2);  // a range whose length is known is reserved exactly
}

TEST_CASE("trivial_vector shrink_to_fit gives the tail back and keeps the elements") {
    // A small block (in malloc's heap) and a large one (its own mapping under glibc: 12 MB).
    for (std::uint32_t n : {100u, 1000000u}) {
        pk::detail::trivial_vector<row> v;
        v.reserve(n + n / 128 + 64);  // as a reader reserves: the estimate and a margin
        for (std::uint32_t i = 0; i < n; ++i) v.push_back({i, static_cast<std::uint16_t>(i % 7), 1});
        const row* block = v.data();
        v.shrink_to_fit();
        CHECK(v.capacity() == n);
        CHECK(holds_counting(v, n));
        if (realloc_shrinks_in_place) CHECK(v.data() == block);  // no row is copied
        (void)block;
        v.push_back({n, 0, 0});  // and it grows again from there
        CHECK(v.size() == n + 1);
        CHECK(v[n].key == n);
    }
    pk::detail::trivial_vector<row> v = counting(3);
    v.clear();
    v.shrink_to_fit();  // nothing left: the block is freed
    CHECK(v.capacity() == 0);
    CHECK(v.data() == nullptr);
    v.push_back({7, 0, 0});
    CHECK(v.size() == 1);
}

TEST_CASE("trivial_vector inserts its own elements, even when the block must grow") {
    auto v = counting(16);  // full: the insert reallocates, which frees the block the source is in
    REQUIRE(v.size() == v.capacity());
    v.insert(v.end(), v.begin(), v.end());
    REQUIRE(v.size() == 32);
    for (std::uint32_t i = 0; i < 32; ++i) CHECK(v[i].key == i % 16);
    // Into the middle, from a part that the insert shifts: [4, 8) before element 2.
    auto w = counting(10);
    w.insert(w.begin() + 2, w.begin() + 4, w.begin() + 8);
    const std::uint32_t wanted[] = {0, 1, 4, 5, 6, 7, 2, 3, 4, 5, 6, 7, 8, 9};
    REQUIRE(w.size() == 14);
    for (std::size_t i = 0; i < 14; ++i) CHECK(w[i].key == wanted[i]);
}

TEST_CASE("trivial_vector asks for more than memory can hold: bad_alloc, the vector unchanged") {
    auto v = counting(5);
    CHECK_THROWS_AS(v.reserve(static_cast<std::size_t>(-1) / sizeof(row) + 1), std::bad_alloc);
    CHECK(holds_counting(v, 5));
}

