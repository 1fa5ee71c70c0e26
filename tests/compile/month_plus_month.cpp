// Must not compile: a month is a point in time; adding two points means nothing (Howard
// Hinnant's monthpmonth.fail.cpp). With PK_CONTROL the line adds a number of months instead.
#include <peacekeeping/time/month.hpp>

pk::month month_plus_month(pk::month a, pk::month b) {
#ifdef PK_CONTROL
    return a + (b - pk::month{2014, 1});
#else
    return a + b;
#endif
}
