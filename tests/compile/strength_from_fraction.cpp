// Must not compile: building a counted strength from an average's number would truncate it
// (15.75 -> 15); the truncating constructor is deleted, as mp-units does. With PK_CONTROL the
// average stays an average.
#include <peacekeeping/count/quantity.hpp>

#ifdef PK_CONTROL
pk::average_strength truncated(pk::average_strength a) { return pk::average_strength(a.people()); }
#else
pk::strength truncated(pk::average_strength a) { return pk::strength(a.people()); }
#endif
