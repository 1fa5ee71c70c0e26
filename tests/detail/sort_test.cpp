// pk::detail::sort against std::sort: same result on every shape that exercises a branch
// (short parts, many equal keys, sorted and reversed input, the heap sort fallback); and
// pk::detail::sort_by_key against std::stable_sort of the same indices by the same keys.
#include <peacekeeping/detail/sort.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "support/catch.hpp"

namespace {

std::vector<int> sorted_by_std(std::vector<int> v) {
    std::sort(v.begin(), v.end());
    return v;
}

std::vector<int> sorted_by_pk(std::vector<int> v) {
    pk::detail::sort(v.data(), v.data() + v.size());
    return v;
}

}  // namespace

TEST_CASE("detail::sort sorts like std::sort") {
    std::mt19937 random{12345};
    for (int size : {0, 1, 2, 3, 4, 5, 15, 16, 17, 31, 32, 33, 100, 1000, 10000}) {
        for (int distinct : {1, 2, 10, 1000000}) {
            std::uniform_int_distribution<int> value{0, distinct - 1};
            std::vector<int> v(static_cast<std::size_t>(size));
            for (int& x : v) x = value(random);
            CHECK(sorted_by_pk(v) == sorted_by_std(v));
            std::vector<int> ascending = sorted_by_std(v);
            CHECK(sorted_by_pk(ascending) == ascending);
            std::vector<int> descending(ascending.rbegin(), ascending.rend());
            CHECK(sorted_by_pk(descending) == ascending);
        }
    }
}

TEST_CASE("detail::sort takes a comparison") {
    std::vector<int> v{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4};
    pk::detail::sort(v.data(), v.data() + v.size(), [](int a, int b) { return a > b; });
    CHECK(v == std::vector<int>{9, 9, 9, 8, 8, 7, 6, 5, 5, 5, 4, 4, 3, 3, 3, 3, 2, 2, 1, 1});
}

TEST_CASE("detail::sort's heap sort fallback sorts") {
    // An organ-pipe input: median-of-three pivots split it badly at every level.
    std::vector<int> v;
    for (int i = 0; i < 5000; ++i) v.push_back(i);
    for (int i = 5000; i-- > 0;) v.push_back(i);
    CHECK(sorted_by_pk(v) == sorted_by_std(v));
    // Introsort with its depth limit reached at once (heap sort alone) or after a few levels.
    std::mt19937 random{7};
    std::uniform_int_distribution<int> value{0, 99};
    auto less = [](int a, int b) { return a < b; };
    for (std::size_t depth : {std::size_t{0}, std::size_t{1}, std::size_t{3}}) {
        for (int size : {0, 1, 2, 3, 17, 1000}) {
            std::vector<int> w(static_cast<std::size_t>(size));
            for (int& x : w) x = value(random);
            std::vector<int> by_pk = w;
            pk::detail::sorting::introsort(by_pk.data(), by_pk.data() + by_pk.size(), depth, less);
            CHECK(by_pk == sorted_by_std(w));
        }
    }
}

TEST_CASE("detail::sort_by_key orders indices by their keys, stably, like std::stable_sort") {
    std::mt19937_64 random{2026};
    // Bounds for one pass (2^11), two (2^11 + 1, 2^22), three (an odd count: the result is
    // copied back from the scratch indices), and every 64-bit key.
    const std::uint64_t bounds[] = {1, 2, 2048, 2049, std::uint64_t{1} << 22, (std::uint64_t{1} << 33) + 5,
                                    ~std::uint64_t{0}};
    for (std::size_t size : {0u, 1u, 2u, 17u, 1000u, 70000u}) {
        for (std::uint64_t bound : bounds) {
            INFO(size << " indices, keys below " << bound);
            std::vector<std::uint64_t> keys(size);
            // Few distinct keys as well as many: ties must keep their first order.
            const std::uint64_t distinct = bound < 7 ? bound : (size % 2 == 0 ? 7 : bound);
            for (auto& k : keys) k = (random() % distinct) * (bound / distinct);
            for (auto k : keys) REQUIRE(k < bound);
            std::vector<std::uint32_t> order(size), scratch(size);
            for (std::size_t i = 0; i < size; ++i) order[i] = static_cast<std::uint32_t>(size - 1 - i);
            std::vector<std::uint32_t> expected = order;
            std::stable_sort(expected.begin(), expected.end(),
                             [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
            pk::detail::sort_by_key(order.data(), scratch.data(), size, keys.data(), bound);
            CHECK(order == expected);
        }
    }
}
