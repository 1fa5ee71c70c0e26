// Must not compile: a strength (people present on one date) plus person-months (a sum over
// months) is the spreadsheet mistake DOMAIN.md §3 describes. With PK_CONTROL the strength is
// first held for one month, which makes it person-months.
#include <peacekeeping/count/quantity.hpp>

pk::person_months strength_plus_person_months(pk::strength s, pk::person_months pm) {
#ifdef PK_CONTROL
    return s * pk::months{1} + pm;
#else
    return s + pm;
#endif
}
