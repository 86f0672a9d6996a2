/* <sys/time.h>: struct timeval and gettimeofday (over clock_gettime; the time zone is UTC),
 * with the BSD timeval macros. */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <sys/types.h>

#ifndef __timeval_defined
#define __timeval_defined
struct timeval {
  time_t tv_sec;
  suseconds_t tv_usec;
};
#endif

struct timezone {
  int tz_minuteswest;
  int tz_dsttime;
};

int gettimeofday(struct timeval *__restrict __tv, void *__restrict __tz);
/* utimes: over the host's path_utimes (src/unistd/files.c); NULL sets both times to now. */
int utimes(const char *__path, const struct timeval __times[2]);

#define timerisset(t) ((t)->tv_sec || (t)->tv_usec)
#define timerclear(t) ((t)->tv_sec = (t)->tv_usec = 0)
#define timercmp(a, b, CMP)                                                             \
  ((a)->tv_sec == (b)->tv_sec ? (a)->tv_usec CMP (b)->tv_usec : (a)->tv_sec CMP (b)->tv_sec)
#define timeradd(a, b, r)                                                               \
  do {                                                                                  \
    (r)->tv_sec = (a)->tv_sec + (b)->tv_sec;                                            \
    (r)->tv_usec = (a)->tv_usec + (b)->tv_usec;                                         \
    if ((r)->tv_usec >= 1000000) {                                                      \
      ++(r)->tv_sec;                                                                    \
      (r)->tv_usec -= 1000000;                                                          \
    }                                                                                   \
  } while (0)
#define timersub(a, b, r)                                                               \
  do {                                                                                  \
    (r)->tv_sec = (a)->tv_sec - (b)->tv_sec;                                            \
    (r)->tv_usec = (a)->tv_usec - (b)->tv_usec;                                         \
    if ((r)->tv_usec < 0) {                                                             \
      --(r)->tv_sec;                                                                    \
      (r)->tv_usec += 1000000;                                                          \
    }                                                                                   \
  } while (0)

#endif
