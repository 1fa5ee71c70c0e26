// Must not compile: a stock (people present) never adds to a flow (people sent). With
// PK_CONTROL both operands are flows.
#include <peacekeeping/count/quantity.hpp>

auto strength_plus_persons_deployed(pk::strength s, pk::persons_deployed d) {
#ifdef PK_CONTROL
    return pk::persons_deployed{s.people()} + d;
#else
    return s + d;
#endif
}
