#pragma once
// pk::detail::prefault: has the kernel back a freshly allocated block with memory now, a share
// of its pages on each of several threads, before one thread writes the whole block.
//
// Why: a large block comes from the kernel as pages not yet there, each made (zeroed, mapped)
// when first written. When one thread writes the block (std::vector's resize of a grouping's
// result rows), that thread pays every page fault alone: 38 MB of rows for 140,000 groups
// by country and year were 9,300 faults, 15.7 ms of the grouping (issue 11). Shared out
// first, the faults run on every core. It is a request (Linux's MADV_POPULATE_WRITE, 5.14 on):
// where the system has no such call, or refuses it, the pages come when written, as before.
// The block's bytes are not touched, so the block holds no object yet as far as C++ knows.
#include <cstddef>
#include <cstdint>

#include <peacekeeping/config.hpp>
#include <peacekeeping/detail/parallel.hpp>

#if PK_HAS_MMAP
#include <sys/mman.h>
#endif

namespace pk::detail {

// The whole 4 KiB pages inside [block, block + bytes), split into `threads` shares (at least
// one), each asked for on a thread of its own.
inline void prefault(void* block, std::size_t bytes, std::size_t threads) noexcept {
#if PK_HAS_MMAP && defined(MADV_POPULATE_WRITE)
    constexpr std::uintptr_t page = 4096;
    const auto start = reinterpret_cast<std::uintptr_t>(block);
    if (threads == 0) threads = 1;
    const std::uintptr_t last_page_end = (start + bytes) & ~(page - 1);  // no page past the block
    auto share = [&](std::size_t k) noexcept {
        // Each share's bounds rounded up to pages the same way, so shares meet without a gap.
        const auto bound = [&](std::size_t j) noexcept {
            const std::uintptr_t b = (start + bytes / threads * j + page - 1) & ~(page - 1);
            return j == threads || b > last_page_end ? last_page_end : b;
        };
        const std::uintptr_t from = bound(k), to = bound(k + 1);
        if (from < to) (void)::madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE);
    };
    // (run_in_parallel rethrows what a task threw; these throw nothing.)
    try {
        run_in_parallel(threads, share);
    } catch (...) {
    }
#else
    (void)block;
    (void)bytes;
    (void)threads;
#endif
}

}  // namespace pk::detail
