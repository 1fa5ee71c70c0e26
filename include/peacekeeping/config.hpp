#pragma once
// Feature tests live here and nowhere else.
#include <version>

// libstdc++ 12 has no <format>; libc++ 16 has it only behind -fexperimental-library.
// std::formatter specialisations (peacekeeping/format.hpp) exist only where it works.
#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L
#define PK_HAS_STD_FORMAT 1
#else
#define PK_HAS_STD_FORMAT 0
#endif

// POSIX threads for the parallel reader (detail/parallel.hpp). <thread> would do, but it costs
// every includer of the reader about 0.5 s of compile time (it brings <chrono>'s machinery);
// <pthread.h> is a C header. Without it, large files are read on one thread.
#if defined(__has_include)
#if __has_include(<pthread.h>) && __has_include(<unistd.h>)
#define PK_HAS_PTHREADS 1
#endif
#endif
#ifndef PK_HAS_PTHREADS
#define PK_HAS_PTHREADS 0
#endif

// The readers' scans of a line's bytes use SSE2 where the target has it, through the compilers'
// vector extensions and one builtin: <emmintrin.h> would cost every includer of the reader
// 50 ms (g++ 12) to 100 ms (clang 16). Elsewhere the same scan is a loop over the bytes.
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#define PK_HAS_SSE2 1
#else
#define PK_HAS_SSE2 0
#endif

// Regular files are read through a window of memory mapped from the page cache where POSIX's
// mmap is there: the copy read() makes was a seventh of a 10-million-row read (issue 11).
#if defined(__has_include)
#if __has_include(<sys/mman.h>) && __has_include(<sys/stat.h>) && __has_include(<unistd.h>)
#define PK_HAS_MMAP 1
#endif
#endif
#ifndef PK_HAS_MMAP
#define PK_HAS_MMAP 0
#endif

#define PK_VERSION_MAJOR 0
#define PK_VERSION_MINOR 1
#define PK_VERSION_PATCH 0
#define PK_VERSION_STRING "0.1.0"
