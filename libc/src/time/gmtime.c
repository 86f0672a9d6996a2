/* gmtime, gmtime_r, localtime, localtime_r. Local time is UTC: the sandbox has no time-zone
 * database and TZ is not consulted, so both give the same fields, with tm_zone "UTC".
 * Days since the epoch become a civil date by counting 400-year eras from 0000-03-01 (a year
 * that starts in March puts the leap day last), with floor division for times before 1970. */
#include <errno.h>
#include <limits.h>

#include "time_impl.h"

static long long floor_div(long long a, long long b) {
  long long q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

long long __days_from_civil(long long y, int m, int d) {
  if (m <= 2) y--;
  long long era = floor_div(y, 400);
  long long yoe = y - era * 400;                         /* 0..399 */
  int mp = m > 2 ? m - 3 : m + 9;                         /* March = 0 */
  long long doy = (153 * mp + 2) / 5 + d - 1;             /* 0..365 */
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;  /* 0..146096 */
  return era * 146097 + doe - 719468;
}

struct tm *__secs_to_tm(time_t t, struct tm *tm) {
  long long days = floor_div(t, 86400);
  long long secs = t - days * 86400;
  long long z = days + 719468; /* days since 0000-03-01 */
  long long era = floor_div(z, 146097);
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (int)((5 * doy + 2) / 153);
  int mday = (int)(doy - (153 * mp + 2) / 5 + 1);
  int mon = mp < 10 ? mp + 3 : mp - 9; /* 1-12 */
  long long year = yoe + era * 400 + (mon <= 2);
  if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) {
    errno = EOVERFLOW;
    return NULL;
  }
  static const short before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  tm->tm_year = (int)(year - 1900);
  tm->tm_mon = mon - 1;
  tm->tm_mday = mday;
  tm->tm_yday = before[mon - 1] + mday - 1 + (mon > 2 && __is_leap(year));
  tm->tm_wday = (int)((days % 7 + 11) % 7); /* 1970-01-01 was a Thursday (4) */
  tm->tm_hour = (int)(secs / 3600);
  tm->tm_min = (int)(secs / 60 % 60);
  tm->tm_sec = (int)(secs % 60);
  tm->tm_isdst = 0;
  tm->tm_gmtoff = 0;
  tm->tm_zone = "UTC";
  return tm;
}

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm) {
  return __secs_to_tm(*t, tm);
}

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm) {
  return __secs_to_tm(*t, tm);
}

/* C11 7.27.3: gmtime and localtime may share one static object. */
static struct tm shared;

struct tm *gmtime(const time_t *t) { return __secs_to_tm(*t, &shared); }

struct tm *localtime(const time_t *t) { return __secs_to_tm(*t, &shared); }
