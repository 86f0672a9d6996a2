/* strftime in the C locale: every C11 conversion and POSIX's (%C %D %e %F %g %G %h %n %r %R
 * %t %T %u %V %z), with the E and O modifiers accepted and ignored (the C locale has no
 * alternative forms). An unknown conversion is copied as written, as glibc does. The result
 * and its NUL must fit in max bytes, else strftime returns 0 (the array's contents are then
 * unspecified). %z and %Z come from tm_gmtoff and tm_zone (POSIX 2024); a NULL tm_zone
 * prints tzname[tm_isdst > 0] ("UTC"), as glibc does. %C follows C ("00"-"99" for years 0-9999;
 * glibc prints one digit below year 1000). Composite conversions (%c %D %F %r %R %T %x %X) recurse on their
 * definitions. The ISO 8601 week (%G %g %V) is derived from tm_wday and tm_yday alone. */
#include <stddef.h>
#include <time.h>

#include "time_impl.h"

struct out {
  char *s;
  size_t max, len;
  int full; /* something did not fit */
};

static void put(struct out *o, const char *p, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (o->len + 1 >= o->max) {
      o->full = 1;
      return;
    }
    o->s[o->len++] = p[i];
  }
}

static void put_str(struct out *o, const char *p) {
  size_t n = 0;
  while (p[n]) n++;
  put(o, p, n);
}

/* v in decimal, at least width digits, padded with pad ('0', ' ' or 0 for none). */
static void put_num(struct out *o, long long v, int width, char pad) {
  char buf[24];
  char *e = buf + sizeof buf, *p = e;
  unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  do *--p = (char)('0' + u % 10); while (u /= 10);
  if (pad == '0')
    while (e - p < width - (v < 0)) *--p = '0';
  if (v < 0) *--p = '-';
  if (pad == ' ')
    while (e - p < width) *--p = ' ';
  put(o, p, (size_t)(e - p));
}

static const char *const wday_names[7] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                          "Thursday", "Friday", "Saturday"};
static const char *const mon_names[12] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};

static long long floor_div(long long a, long long b) {
  long long q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static int mod7(long long a) { return (int)(((a % 7) + 7) % 7); }

/* Number of ISO weeks in a year whose 1 January falls on weekday jan1 (0 = Sunday). */
static int iso_weeks(long long year, int jan1) {
  return jan1 == 4 || (jan1 == 3 && __is_leap(year)) ? 53 : 52;
}

/* ISO 8601 week number and week-based year of *tm. */
static int iso_week(const struct tm *tm, long long *iso_year) {
  long long year = (long long)tm->tm_year + 1900;
  int wd = tm->tm_wday == 0 ? 7 : tm->tm_wday; /* Monday 1 .. Sunday 7 */
  int week = (tm->tm_yday + 1 - wd + 10) / 7;
  int jan1 = mod7(tm->tm_wday - tm->tm_yday);
  if (week < 1) {
    int prev_len = __is_leap(year - 1) ? 366 : 365;
    *iso_year = year - 1;
    return iso_weeks(year - 1, mod7(jan1 - prev_len));
  }
  if (week > iso_weeks(year, jan1)) {
    *iso_year = year + 1;
    return 1;
  }
  *iso_year = year;
  return week;
}

static void format(struct out *o, const char *f, const struct tm *tm) {
  for (; *f && !o->full; f++) {
    if (*f != '%') {
      put(o, f, 1);
      continue;
    }
    const char *start = f++;
    if (*f == 'E' || *f == 'O') f++;
    long long year = (long long)tm->tm_year + 1900;
    int hour12 = tm->tm_hour % 12 == 0 ? 12 : tm->tm_hour % 12;
    long long iso_year;
    switch (*f) {
    case 'a':
      put(o, tm->tm_wday >= 0 && tm->tm_wday < 7 ? wday_names[tm->tm_wday] : "?", 3);
      break;
    case 'A': put_str(o, tm->tm_wday >= 0 && tm->tm_wday < 7 ? wday_names[tm->tm_wday] : "?"); break;
    case 'b':
    case 'h':
      put(o, tm->tm_mon >= 0 && tm->tm_mon < 12 ? mon_names[tm->tm_mon] : "?", 3);
      break;
    case 'B': put_str(o, tm->tm_mon >= 0 && tm->tm_mon < 12 ? mon_names[tm->tm_mon] : "?"); break;
    case 'c': format(o, "%a %b %e %H:%M:%S %Y", tm); break;
    case 'C': put_num(o, floor_div(year, 100), 2, '0'); break;
    case 'd': put_num(o, tm->tm_mday, 2, '0'); break;
    case 'D': format(o, "%m/%d/%y", tm); break;
    case 'e': put_num(o, tm->tm_mday, 2, ' '); break;
    case 'F': format(o, "%Y-%m-%d", tm); break;
    case 'g':
      iso_week(tm, &iso_year);
      put_num(o, ((iso_year % 100) + 100) % 100, 2, '0');
      break;
    case 'G':
      iso_week(tm, &iso_year);
      put_num(o, iso_year, 0, 0);
      break;
    case 'H': put_num(o, tm->tm_hour, 2, '0'); break;
    case 'I': put_num(o, hour12, 2, '0'); break;
    case 'j': put_num(o, tm->tm_yday + 1, 3, '0'); break;
    case 'm': put_num(o, tm->tm_mon + 1, 2, '0'); break;
    case 'M': put_num(o, tm->tm_min, 2, '0'); break;
    case 'n': put(o, "\n", 1); break;
    case 'p': put(o, tm->tm_hour < 12 ? "AM" : "PM", 2); break;
    case 'r': format(o, "%I:%M:%S %p", tm); break;
    case 'R': format(o, "%H:%M", tm); break;
    case 'S': put_num(o, tm->tm_sec, 2, '0'); break;
    case 't': put(o, "\t", 1); break;
    case 'T': format(o, "%H:%M:%S", tm); break;
    case 'u': put_num(o, tm->tm_wday == 0 ? 7 : tm->tm_wday, 1, '0'); break;
    case 'U': put_num(o, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, '0'); break;
    case 'V': put_num(o, iso_week(tm, &iso_year), 2, '0'); break;
    case 'w': put_num(o, tm->tm_wday, 1, '0'); break;
    case 'W': put_num(o, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, '0'); break;
    case 'x': format(o, "%m/%d/%y", tm); break;
    case 'X': format(o, "%H:%M:%S", tm); break;
    case 'y': put_num(o, ((year % 100) + 100) % 100, 2, '0'); break;
    case 'Y': put_num(o, year, 0, 0); break;
    case 'z': {
      long off = tm->tm_gmtoff;
      put(o, off < 0 ? "-" : "+", 1);
      unsigned long a = off < 0 ? 0ul - (unsigned long)off : (unsigned long)off;
      put_num(o, (long long)(a / 3600 * 100 + a / 60 % 60), 4, '0');
      break;
    }
    case 'Z':
      put_str(o, tm->tm_zone ? tm->tm_zone : tzname[tm->tm_isdst > 0]);
      break;
    case '%': put(o, "%", 1); break;
    default:
      /* Unknown (or the format ends after %): copied as written. */
      if (!*f) {
        put(o, start, (size_t)(f - start));
        return;
      }
      put(o, start, (size_t)(f - start) + 1);
      break;
    }
  }
}

size_t strftime(char *restrict s, size_t max, const char *restrict fmt,
                const struct tm *restrict tm) {
  struct out o = {s, max, 0, 0};
  format(&o, fmt, tm);
  if (o.full || max == 0) return 0;
  s[o.len] = 0;
  return o.len;
}
