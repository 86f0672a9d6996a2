/* mktime and timegm: the fields of a struct tm, normalised (out-of-range seconds, minutes,
 * hours, days and months carry into the next field, in both directions), give seconds since
 * the epoch; the normalised fields, tm_wday and tm_yday are written back. Local time is UTC,
 * so both are the same function; tm_isdst is ignored and set to 0. */
#include <errno.h>

#include "time_impl.h"

time_t __tm_normalise(struct tm *tm) {
  long long mon = tm->tm_mon;
  long long year = (long long)tm->tm_year + 1900 + mon / 12;
  mon %= 12;
  if (mon < 0) {
    mon += 12;
    year--;
  }
  long long days = __days_from_civil(year, (int)mon + 1, 1) + (long long)tm->tm_mday - 1;
  long long t = days * 86400 + (long long)tm->tm_hour * 3600 + (long long)tm->tm_min * 60 +
                tm->tm_sec;
  struct tm out;
  if (!__secs_to_tm(t, &out)) return -1;
  *tm = out;
  return t;
}

time_t mktime(struct tm *tm) { return __tm_normalise(tm); }

time_t timegm(struct tm *tm) { return __tm_normalise(tm); }
