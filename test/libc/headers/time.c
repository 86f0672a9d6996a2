// time.h: gmtime/localtime of fixed times (negative, leap days, 2038 and later), mktime and
// timegm normalising out-of-range fields, asctime/ctime, strftime of every conversion and its
// buffer-too-small result, difftime, and the clocks' basic properties (never their values).
// Local time is UTC in the sandbox; the native reference runs with TZ=UTC0 set below.
// 64-bit time_t natively too (glibc's _TIME_BITS):
#define _TIME_BITS 64
#define _FILE_OFFSET_BITS 64
#define _DEFAULT_SOURCE
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void show(const char *what, const struct tm *tm) {
  printf("%s: %d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d isdst=%d\n", what,
         tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
         tm->tm_sec, tm->tm_wday, tm->tm_yday, tm->tm_isdst);
}

/* Every conversion but %C (glibc prints one digit for years below 1000, C asks for two) and
 * %Z (glibc names gmtime's zone GMT). */
static const char *all =
    "%a|%A|%b|%B|%c|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%m|%M|%n|%p|%r|%R|%S|%t|%T|%u|%U|%V|%w|%W|"
    "%x|%X|%y|%Y|%z|%%|%Ec|%Ex|%EX|%Ey|%EY|%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|"
    "%OW|%Oy";

int main(void) {
#ifndef __mswasm__
  setenv("TZ", "UTC0", 1);
  tzset();
#endif
  static const long long times[] = {
      0, -1, 86399, 86400, -86400, -86401,
      951782400,       /* 2000-02-29 */
      951868800,       /* 2000-03-01 */
      -2203891200LL,   /* 1900-03-01 (1900 is not a leap year) */
      1078012800,      /* 2004-02-29 */
      1230767999,      /* 2008-12-31 23:59:59: yday 365 */
      2147483647,      /* 2038-01-19 03:14:07 */
      2147483648LL,    /* one second later */
      4102444800LL,    /* 2100-01-01 */
      4107542400LL,    /* 2100-03-01 */
      32503680000LL,   /* 3000-01-01 */
      253402300799LL,  /* 9999-12-31 23:59:59 */
      -2208988800LL,   /* 1900-01-01 */
      -12219292800LL,  /* 1582-10-15 */
      -62135596800LL,  /* 0001-01-01 */
      1104537600,      /* 2005-01-01: ISO week 53 of 2004 */
      1230768000,      /* 2009-01-01: ISO week 1 of 2009 */
      1262217600,      /* 2009-12-31: ISO week 53 */
      1293753600,      /* 2010-12-31: ISO week 52 */
      1135987200,      /* 2005-12-31 (Saturday) */
      1136073600,      /* 2006-01-01 (Sunday): ISO week 52 of 2005 */
      1199145600,      /* 2008-01-01 (Tuesday) */
      1703980800,      /* 2023-12-31 */
      1735603200,      /* 2024-12-31: ISO week 1 of 2025 */
      1700000000, 1000000000, 1234567890,
      43200, 46800, 3600, 82800, /* noon, 1 pm, 1 am, 11 pm */
  };
  char buf[1024];
  for (unsigned i = 0; i < sizeof times / sizeof times[0]; i++) {
    time_t t = (time_t)times[i];
    struct tm g, l;
    if (!gmtime_r(&t, &g) || !localtime_r(&t, &l)) {
      printf("%lld: conversion failed\n", times[i]);
      continue;
    }
    printf("%lld\n", times[i]);
    show("  gm", &g);
    if (memcmp(&g, &l, offsetof(struct tm, tm_isdst) + sizeof(int)) != 0) show("  local", &l);
    size_t n = strftime(buf, sizeof buf, all, &g);
    printf("  strftime %zu: %s\n", n, buf);
    printf("  asctime: %s", asctime(&g));
    printf("  ctime: %s", ctime(&t));
    struct tm copy = g;
    time_t back = timegm(&copy);
    printf("  timegm back: %d\n", back == t);
  }
  /* %C for four-digit years, %Z of local time */
  time_t t = 1700000000;
  strftime(buf, sizeof buf, "%C %EC [%Z]", localtime(&t));
  printf("C and Z: %s\n", buf);
  t = 4102444800LL;
  strftime(buf, sizeof buf, "%C", gmtime(&t));
  printf("C 2100: %s\n", buf);

  /* gmtime and localtime share a static object */
  time_t t1 = 0, t2 = 86400 * 365;
  struct tm *p1 = gmtime(&t1), *p2 = localtime(&t2);
  printf("static shared: %d year %d\n", p1 == p2, p1->tm_year);

  /* mktime normalisation */
  struct tm tm;
  static const int cases[][6] = {
      /* year, mon, mday, hour, min, sec */
      {100, 0, 1, 0, 0, 0},        /* 2000-01-01 */
      {100, 1, 30, 0, 0, 0},       /* Feb 30 2000 -> Mar 1 */
      {101, 1, 29, 0, 0, 0},       /* Feb 29 2001 -> Mar 1 */
      {100, 12, 1, 0, 0, 0},       /* month 12 -> next January */
      {100, -1, 1, 0, 0, 0},       /* month -1 -> previous December */
      {100, -25, 1, 0, 0, 0},      /* two years and one month back */
      {100, 0, 0, 0, 0, 0},        /* day 0 -> Dec 31 */
      {100, 0, -365, 0, 0, 0},
      {100, 0, 1, -1, 0, 0},       /* hour -1 */
      {100, 0, 1, 24, 60, 60},     /* carries everywhere */
      {100, 0, 1, 0, 0, -1},
      {100, 0, 1, 0, 0, 86400 * 366}, /* a leap year of seconds */
      {70, 0, 1, 0, 0, 60},        /* leap second field 60 -> next minute */
      {138, 0, 19, 3, 14, 8},      /* 2038 + 1 s */
      {69, 11, 31, 23, 59, 59},    /* -1 */
      {0, 0, 1, 0, 0, 0},          /* 1900 */
      {-1899, 0, 1, 0, 0, 0},      /* year 1 */
      {200, 1, 29, 12, 0, 0},      /* 2100 is not leap */
      {100, 100, 1, 0, 0, 0},
      {100, 0, 1000, 0, 0, 0},
      {100, 0, 1, 0, -1000000, 0},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    memset(&tm, 0, sizeof tm);
    tm.tm_year = cases[i][0];
    tm.tm_mon = cases[i][1];
    tm.tm_mday = cases[i][2];
    tm.tm_hour = cases[i][3];
    tm.tm_min = cases[i][4];
    tm.tm_sec = cases[i][5];
    tm.tm_isdst = i % 2 ? -1 : 0;
    tm.tm_wday = 99;
    tm.tm_yday = -5;
    struct tm tg = tm;
    time_t r = mktime(&tm);
    time_t rg = timegm(&tg);
    printf("mktime %u: %lld timegm same %d; ", i, (long long)r, r == rg);
    show("", &tm);
  }

  /* strftime into a buffer too small: 0 */
  time_t t0 = 0;
  struct tm g0;
  gmtime_r(&t0, &g0);
  for (size_t max = 0; max <= 12; max++) {
    memset(buf, 'x', 16);
    size_t n = strftime(buf, max, "%Y-%m-%d", &g0); /* 10 characters */
    printf("strftime max %zu: %zu", max, n);
    if (n) printf(" [%s]", buf);
    printf("\n");
  }
  printf("empty format: %zu\n", strftime(buf, 1, "", &g0));
  printf("long %%A into 7: %zu\n", strftime(buf, 7, "%A", &g0));
  printf("long %%A into 9: %zu [%s]\n", strftime(buf, 9, "%A", &g0), buf);

  /* asctime_r, ctime_r */
  char ab[26];
  printf("asctime_r: %s", asctime_r(&g0, ab));
  printf("ctime_r: %s", ctime_r(&t0, ab));
  struct tm big = g0;
  big.tm_year = 10000 - 1900;
  errno = 0;
  printf("asctime_r year 10000: %s errno EOVERFLOW %d\n", asctime_r(&big, ab) ? "text" : "NULL",
         errno == EOVERFLOW);
  big.tm_year = INT_MAX;
  big.tm_mon = 12;
  errno = 0;
  printf("mktime past INT_MAX years: %lld errno EOVERFLOW %d\n", (long long)mktime(&big),
         errno == EOVERFLOW);
  big.tm_year = INT_MAX;
  big.tm_mon = 11;
  big.tm_mday = 31;
  printf("mktime year INT_MAX+1900: %lld mon %d\n", (long long)mktime(&big), big.tm_mon);

  printf("difftime: %.1f %.1f\n", difftime(10, 4), difftime(-5, 1000000000));

  /* The clocks: only properties. */
  struct timespec a, b;
  printf("clock_gettime realtime: %d\n", clock_gettime(CLOCK_REALTIME, &a));
  printf("after 2020: %d, nsec in range: %d\n", a.tv_sec > 1577836800, a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
  clock_gettime(CLOCK_MONOTONIC, &a);
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("monotonic: %d\n", b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
  errno = 0;
  printf("bad clock: %d errno EINVAL %d\n", clock_gettime((clockid_t)12345, &a), errno == EINVAL);
  printf("timespec_get: %d\n", timespec_get(&a, TIME_UTC) == TIME_UTC);
  printf("timespec_get bad base: %d\n", timespec_get(&a, 0));
  time_t now = time(NULL), now2;
  printf("time: %d %d\n", now > 1577836800, time(&now2) == now2);
  struct timespec sl = {0, 1000000}, bad = {0, 1000000000};
  printf("nanosleep 1ms: %d\n", nanosleep(&sl, NULL));
  errno = 0;
  printf("nanosleep bad: %d errno EINVAL %d\n", nanosleep(&bad, NULL), errno == EINVAL);
  printf("clock: %d\n", clock() >= 0);
  return 0;
}
