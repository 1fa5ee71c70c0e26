// Must not compile: a mission literal is checked against the catalogue at compile time.
// Built once with PK_CONTROL (a real acronym, proving the rest of the file is fine) and once
// without, where "UNMIZZ" (a typo of UNMISS) must stop the build.
#include <peacekeeping/mission/mission.hpp>

#ifdef PK_CONTROL
constexpr pk::mission checked{"UNMISS"};
#else
constexpr pk::mission checked{"UNMIZZ"};
#endif

int mission_bad_literal_use() { return checked.index(); }
