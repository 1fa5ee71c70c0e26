// The translation unit that builds the tests' precompiled header (support/catch.hpp), which
// every test then reuses: Catch2 v2 is a single 17,000-line header, and parsing it once per
// build instead of once per test file saves minutes of CI on two cores.
#include "support/catch.hpp"
