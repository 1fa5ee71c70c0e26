#pragma once
// pk::detail::sort: sorts a contiguous range in O(n log n), like std::sort, without <algorithm>.
//
// Why not std::sort: <algorithm> costs every file that includes it 35 to 40 ms (g++ 12 and
// clang 16, -fsyntax-only), and the umbrella header would include it for dataset::sort()
// alone. This is an introsort, as std::sort is: quicksort with a median-of-three pivot,
// heap sort of a part whose partitions went too deep (so the worst case stays n log n), and
// insertion sort of the short parts. Not stable, like std::sort. Each function is a template,
// instantiated only by the programs that sort.
#include <cstddef>
#include <cstdint>
#include <utility>  // std::move, std::swap

namespace pk::detail {

namespace sorting {

// Parts this short are insertion-sorted: fewer moves than partitioning them further.
inline constexpr std::ptrdiff_t short_part = 16;

template <class T, class Less>
void insertion_sort(T* first, T* last, Less& less) {
    if (first == last) return;
    for (T* next = first + 1; next != last; ++next) {
        T value = std::move(*next);
        T* hole = next;
        for (; hole != first && less(value, hole[-1]); --hole) *hole = std::move(hole[-1]);
        *hole = std::move(value);
    }
}

template <class T, class Less>
void heap_sort(T* first, T* last, Less& less) {
    const std::size_t size = static_cast<std::size_t>(last - first);
    // Moves first[root] down until both its children are not greater (a max-heap of [0, end)).
    const auto sift_down = [&](std::size_t root, std::size_t end) {
        for (std::size_t child = 2 * root + 1; child < end; child = 2 * root + 1) {
            if (child + 1 < end && less(first[child], first[child + 1])) ++child;
            if (!less(first[root], first[child])) return;
            std::swap(first[root], first[child]);
            root = child;
        }
    };
    for (std::size_t i = size / 2; i-- > 0;) sift_down(i, size);
    for (std::size_t end = size; end > 1; --end) {
        std::swap(first[0], first[end - 1]);
        sift_down(0, end - 1);
    }
}

// Puts the median of first[1], the middle and the last element at first[0] as the pivot,
// then splits [first + 1, last) into elements not greater and not less than it. Returns the
// start of the second part; both parts are non-empty. The scans need no bounds checks: the
// smallest of the three candidates stops the scan from the right, the largest the scan from
// the left. Needs last - first >= 4 (the three candidates and the pivot's slot distinct).
template <class T, class Less>
T* partition(T* first, T* last, Less& less) {
    T* a = first + 1;
    T* b = first + (last - first) / 2;
    T* c = last - 1;
    if (less(*b, *a)) std::swap(a, b);  // a, b, c now point at values with *a <= *b
    if (less(*c, *b)) b = less(*c, *a) ? a : c;  // b points at the median
    std::swap(*first, *b);
    T* low = first + 1;
    T* high = last;
    for (;;) {
        while (less(*low, *first)) ++low;
        --high;
        while (less(*first, *high)) --high;
        if (!(low < high)) return low;
        std::swap(*low, *high);
        ++low;
    }
}

template <class T, class Less>
void introsort(T* first, T* last, std::size_t depth_left, Less& less) {
    while (last - first > short_part) {
        if (depth_left == 0) {
            heap_sort(first, last, less);
            return;
        }
        --depth_left;
        T* cut = partition(first, last, less);
        // Recurse into the smaller part and loop on the larger: at most log2(n) frames deep.
        if (cut - first < last - cut) {
            introsort(first, cut, depth_left, less);
            first = cut;
        } else {
            introsort(cut, last, depth_left, less);
            last = cut;
        }
    }
    insertion_sort(first, last, less);
}

}  // namespace sorting

// Sorts [first, last) by `less`, a strict weak order.
template <class T, class Less>
void sort(T* first, T* last, Less less) {
    // Twice log2(n) levels of partitioning before heap sort takes over, as in std::sort.
    std::size_t depth = 0;
    for (std::size_t n = static_cast<std::size_t>(last - first); n > 1; n /= 2) depth += 2;
    sorting::introsort(first, last, depth, less);
}

// Sorts [first, last) by operator<.
template <class T>
void sort(T* first, T* last) {
    sort(first, last, [](const T& a, const T& b) { return a < b; });
}

// Puts the n indices of `order` in the order of keys[index], each key below `bound`; equal
// keys keep their first order. A radix sort, least significant digit first, 11 bits a pass:
// a grouping's result rows carry integer sort keys, and comparing them took 10 ms for 140,000
// rows where two passes over the indices take one (issue 11). `scratch` holds n indices.
inline void sort_by_key(std::uint32_t* order, std::uint32_t* scratch, std::size_t n, const std::uint64_t* keys,
                        std::uint64_t bound) noexcept {
    constexpr unsigned digit_bits = 11;
    constexpr std::size_t digits = std::size_t{1} << digit_bits;
    unsigned bits = 0;
    while (bits < 64 && ((bound - 1) >> bits) != 0) ++bits;
    std::uint32_t* from = order;
    std::uint32_t* to = scratch;
    for (unsigned shift = 0; shift < bits; shift += digit_bits) {
        std::size_t count[digits] = {};
        for (std::size_t i = 0; i < n; ++i) ++count[(keys[from[i]] >> shift) & (digits - 1)];
        std::size_t start = 0;
        for (std::size_t& c : count) {
            const std::size_t here = c;
            c = start;
            start += here;
        }
        for (std::size_t i = 0; i < n; ++i) to[count[(keys[from[i]] >> shift) & (digits - 1)]++] = from[i];
        std::swap(from, to);
    }
    if (from != order)
        for (std::size_t i = 0; i < n; ++i) order[i] = from[i];
}

}  // namespace pk::detail
