/* tzset, tzname, timezone, daylight: local time is always UTC in the sandbox (no time-zone
 * database; TZ is not consulted), so these are constant. */
#include <time.h>

char *tzname[2] = {"UTC", "UTC"};
long timezone = 0;
int daylight = 0;

void tzset(void) {}
