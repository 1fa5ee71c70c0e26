// Must not compile: "VMN" is not an ISO 3166-1 alpha-3 code, and pk::country's literal
// constructor is consteval, so the mistake is caught by the compiler. With PK_CONTROL the
// same line names a real code ("VNM") and compiles, proving the file is otherwise fine.
#include <peacekeeping/country/country.hpp>

#ifdef PK_CONTROL
constexpr pk::country viet_nam{"VNM"};
#else
constexpr pk::country viet_nam{"VMN"};
#endif

static_assert(viet_nam.has_value());
