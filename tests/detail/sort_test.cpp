// pk::detail::sort against std::sort: same result on every shape that exercises a branch
// (short parts, many equal keys, sorted and reversed input, the heap sort fallback).
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
