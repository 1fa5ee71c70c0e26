// Must not compile: a number is not a month (which month would 5 be?). With PK_CONTROL the
// month is named by its year and month of the year.
#include <peacekeeping/time/month.hpp>

#ifdef PK_CONTROL
pk::month fifth() { return pk::month{2014, 5}; }
#else
pk::month fifth() { return 5; }
#endif
