#pragma once
// cache_line_allocator<T>: std::allocator's storage, except that each block starts on a cache
// line and fills its last one, so no other allocation shares a line with it. For what one
// thread writes row after row while other threads read what malloc put beside it (the
// grouping's "which groups did my rows reach" bytes, issue 11).
//
// Why: such a byte vector is a few hundred bytes, which malloc packs next to the engine's
// small tables (the filter's allowed values, the coverage of each month) that every thread
// reads for every row. Each write then took the line away from the other core: by category and
// year, grouping 10M rows on two threads took 70-80 ms instead of 28-31, in the first grouping
// of a process (later ones got other addresses from malloc and ran fast).
#include <cstddef>
#include <new>  // ::operator new with std::align_val_t

namespace pk::detail {

// The cache line of every x86-64 and most ARM cores. (Not
// std::hardware_destructive_interference_size: g++ warns that its value may change between
// compiler versions, which would change the layout of anything that uses it.)
inline constexpr std::size_t cache_line_bytes = 64;

template <class T>
struct cache_line_allocator {
    using value_type = T;

    cache_line_allocator() = default;
    template <class U>
    constexpr cache_line_allocator(const cache_line_allocator<U>&) noexcept {}

    T* allocate(std::size_t n) { return static_cast<T*>(::operator new(rounded(n), std::align_val_t{cache_line_bytes})); }
    // (The unsized form: clang 16 declares the sized one only with -fsized-deallocation.)
    void deallocate(T* p, std::size_t) noexcept { ::operator delete(p, std::align_val_t{cache_line_bytes}); }

    template <class U>
    friend constexpr bool operator==(const cache_line_allocator&, const cache_line_allocator<U>&) noexcept {
        return true;
    }

private:
    // The block's bytes, up to a whole number of lines (at least one).
    static constexpr std::size_t rounded(std::size_t n) noexcept {
        const std::size_t bytes = n * sizeof(T);
        return bytes == 0 ? cache_line_bytes : (bytes + cache_line_bytes - 1) / cache_line_bytes * cache_line_bytes;
    }
};

}  // namespace pk::detail
