// Must not compile: people times people is not a quantity of this field. With PK_CONTROL a
// strength is multiplied by a number of months (person-months).
#include <peacekeeping/count/quantity.hpp>

auto strength_times_strength(pk::strength a, pk::strength b) {
#ifdef PK_CONTROL
    return a * pk::months{static_cast<std::int32_t>(b.people())};
#else
    return a * b;
#endif
}
