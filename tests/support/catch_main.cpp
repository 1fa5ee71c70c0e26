// Used only when the Catch2 package has no Catch2WithMain target (upstream v2 built without
// CATCH_BUILD_STATIC_LIBRARY): the main comes from Catch2 itself.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
