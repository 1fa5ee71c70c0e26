#pragma once
// advise_huge_pages: asks Linux to back a large block of the heap with 2 MiB pages (madvise
// MADV_HUGEPAGE), where transparent huge pages are enabled for blocks that ask (Debian's
// default, "madvise"). A dataset's rows for 10 million contributions are 120 MB: in 4 KiB
// pages that is 30,000 page faults, which were a sixth of pk-report's CPU time (issue 11).
// Only whole 2 MiB pages inside the block are advised, so nothing outside it changes. A hint:
// where it is refused, or elsewhere than Linux, nothing happens.
#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>  // madvise
#endif

namespace pk::detail {

inline constexpr std::size_t huge_page_bytes = std::size_t{2} << 20;
// Blocks smaller than this are left alone: too few pages to be worth a system call.
inline constexpr std::size_t huge_page_threshold = std::size_t{8} << 20;

inline void advise_huge_pages([[maybe_unused]] void* block, [[maybe_unused]] std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes < huge_page_threshold) return;
    const auto start = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t first = (start + huge_page_bytes - 1) & ~(huge_page_bytes - 1);
    const std::uintptr_t last = (start + bytes) & ~(huge_page_bytes - 1);
    if (first < last) (void)::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

}  // namespace pk::detail
