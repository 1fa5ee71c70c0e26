#pragma once
// pk::detail::prefetch: asks for the cache line at an address before a loop gets to it.
//
// Why: a pass over a large block (a mapped file, the dataset's rows) reads it in order, but
// the processor's own prefetching stops at each 4 KiB page, and consecutive pages are not
// next to each other in physical memory; asking a few pages' worth of bytes ahead keeps the
// loads from waiting on memory (issue 11). Where the compiler has no builtin, it does nothing.
namespace pk::detail {

// Always inlined: as a function of its own, g++ found it had no effect and dropped its calls.
[[gnu::always_inline]] inline void prefetch(const void* address) noexcept {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    (void)address;
#endif
}

}  // namespace pk::detail
