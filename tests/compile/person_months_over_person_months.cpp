// Must not compile: dividing person-months by person-months does not give a strength; only
// a number of months does. With PK_CONTROL the divisor is months.
#include <peacekeeping/count/quantity.hpp>

pk::average_strength mean(pk::person_months total, pk::person_months other) {
#ifdef PK_CONTROL
    return total / pk::months{static_cast<std::int32_t>(other.value())};
#else
    return total / other;
#endif
}
