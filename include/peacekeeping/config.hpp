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

#define PK_VERSION_MAJOR 0
#define PK_VERSION_MINOR 1
#define PK_VERSION_PATCH 0
#define PK_VERSION_STRING "0.1.0"
