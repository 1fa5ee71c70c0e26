// Must not compile: person-months (strength summed over months) are not deployments. With
// PK_CONTROL both operands are person-months.
#include <peacekeeping/count/quantity.hpp>

auto person_months_plus_persons_deployed(pk::person_months pm, pk::persons_deployed d) {
#ifdef PK_CONTROL
    return pm + pk::person_months{d.people()};
#else
    return pm + d;
#endif
}
