// Must not compile: an average strength (person-months / months, fractional) does not narrow
// to a counted strength. With PK_CONTROL it stays an average strength.
#include <peacekeeping/count/quantity.hpp>

#ifdef PK_CONTROL
pk::average_strength narrowed(pk::person_months pm) { return pm / pk::months{12}; }
#else
pk::strength narrowed(pk::person_months pm) { return pm / pk::months{12}; }
#endif
