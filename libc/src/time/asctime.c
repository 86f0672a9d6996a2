/* asctime, asctime_r, ctime, ctime_r: C11's exact form "Sun Sep 16 01:03:52 1973\n".
 * Out-of-range weekday or month names print as "???"; asctime_r fails with EOVERFLOW when the
 * text would not fit the 26 bytes its caller provides (a year beyond 9999). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "time_impl.h"

static int format(const struct tm *tm, char *buf, size_t size) {
  static const char days[] = "SunMonTueWedThuFriSat";
  static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  const char *d = tm->tm_wday >= 0 && tm->tm_wday < 7 ? days + 3 * tm->tm_wday : "???";
  const char *m = tm->tm_mon >= 0 && tm->tm_mon < 12 ? months + 3 * tm->tm_mon : "???";
  return snprintf(buf, size, "%.3s %.3s%3d %.2d:%.2d:%.2d %lld\n", d, m, tm->tm_mday,
                  tm->tm_hour, tm->tm_min, tm->tm_sec, (long long)tm->tm_year + 1900);
}

char *asctime_r(const struct tm *restrict tm, char *restrict buf) {
  char tmp[80];
  int n = format(tm, tmp, sizeof tmp);
  if (n < 0 || n >= 26) {
    errno = EOVERFLOW;
    return NULL;
  }
  __builtin_memcpy(buf, tmp, (size_t)n + 1);
  return buf;
}

char *asctime(const struct tm *tm) {
  static char buf[80];
  format(tm, buf, sizeof buf);
  return buf;
}

char *ctime_r(const time_t *t, char *buf) {
  struct tm tm;
  return localtime_r(t, &tm) ? asctime_r(&tm, buf) : NULL;
}

char *ctime(const time_t *t) {
  struct tm *tm = localtime(t);
  return tm ? asctime(tm) : NULL;
}
