/* <time.h>: the host's clocks and calendar time. There is no time-zone database in the
 * sandbox: local time is UTC (TZ is not consulted), so localtime is gmtime with tm_zone "UTC".
 * time_t is 64 bits, so dates after 2038 work. */
#ifndef _TIME_H
#define _TIME_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#ifndef __time_t_defined
#define __time_t_defined
typedef long long time_t;
#endif
#ifndef __clock_t_defined
#define __clock_t_defined
typedef long clock_t;
#endif

#define CLOCKS_PER_SEC 1000000L
#define TIME_UTC 1

struct tm {
  int tm_sec;   /* 0-60 */
  int tm_min;   /* 0-59 */
  int tm_hour;  /* 0-23 */
  int tm_mday;  /* 1-31 */
  int tm_mon;   /* 0-11 */
  int tm_year;  /* years since 1900 */
  int tm_wday;  /* 0-6, Sunday = 0 */
  int tm_yday;  /* 0-365 */
  int tm_isdst; /* always 0 here */
  long tm_gmtoff;      /* seconds east of UTC (POSIX 2024): always 0 here */
  const char *tm_zone; /* "UTC" */
};

#ifndef __timespec_defined
#define __timespec_defined
struct timespec {
  time_t tv_sec;
  long tv_nsec;
};
#endif

time_t time(time_t *__t);
clock_t clock(void);
double difftime(time_t __end, time_t __start);
time_t mktime(struct tm *__tm);
struct tm *gmtime(const time_t *__t);
struct tm *localtime(const time_t *__t);
char *asctime(const struct tm *__tm);
char *ctime(const time_t *__t);
size_t strftime(char *__restrict __s, size_t __max, const char *__restrict __fmt,
                const struct tm *__restrict __tm);
int timespec_get(struct timespec *__ts, int __base);

/* POSIX (hidden in strict ISO C modes unless a feature macro asks, as with glibc) */
#if !defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) || \
    defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)
#ifndef __clockid_t_defined
#define __clockid_t_defined
typedef int clockid_t;
#endif
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2

extern char *tzname[2];
extern long timezone;
extern int daylight;
void tzset(void);

struct tm *gmtime_r(const time_t *__restrict __t, struct tm *__restrict __tm);
struct tm *localtime_r(const time_t *__restrict __t, struct tm *__restrict __tm);
char *asctime_r(const struct tm *__restrict __tm, char *__restrict __buf);
char *ctime_r(const time_t *__t, char *__buf);
int clock_gettime(clockid_t __clock, struct timespec *__ts);
int clock_getres(clockid_t __clock, struct timespec *__ts);
int nanosleep(const struct timespec *__req, struct timespec *__rem);
#endif

/* timegm: not in POSIX before 2024; glibc and the BSDs have it. */
#if !defined(__STRICT_ANSI__) || defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || \
    defined(_BSD_SOURCE) || (defined(_POSIX_C_SOURCE) && _POSIX_C_SOURCE >= 202405L)
time_t timegm(struct tm *__tm);
#endif

#endif
