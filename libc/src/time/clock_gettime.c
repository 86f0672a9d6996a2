/* clock_gettime, clock_getres and timespec_get over the host's clock_time (nanoseconds;
 * 0 real time, 1 monotonic, 2 process CPU time); nanosleep over clock_sleep. */
#include <errno.h>
#include <time.h>

#include "host.h"

int clock_gettime(clockid_t clock, struct timespec *ts) {
  long long ns = __host_clock_time(clock);
  if (ns < 0) {
    errno = (int)-ns;
    return -1;
  }
  ts->tv_sec = ns / 1000000000;
  ts->tv_nsec = (long)(ns % 1000000000);
  return 0;
}

int clock_getres(clockid_t clock, struct timespec *ts) {
  if (clock < 0 || clock > 2) {
    errno = EINVAL;
    return -1;
  }
  /* The host reports nanoseconds; its actual resolution is not part of the interface. */
  if (ts) {
    ts->tv_sec = 0;
    ts->tv_nsec = 1;
  }
  return 0;
}

int timespec_get(struct timespec *ts, int base) {
  if (base != TIME_UTC || clock_gettime(CLOCK_REALTIME, ts) != 0) return 0;
  return base;
}

int nanosleep(const struct timespec *req, struct timespec *rem) {
  if (req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= 1000000000) {
    errno = EINVAL;
    return -1;
  }
  long long ns = req->tv_sec > 9223372035LL ? 0x7fffffffffffffffLL
                                            : req->tv_sec * 1000000000 + req->tv_nsec;
  int r = __host_clock_sleep(ns);
  if (r < 0) {
    errno = -r;
    return -1;
  }
  if (rem) {
    rem->tv_sec = 0;
    rem->tv_nsec = 0;
  }
  return 0;
}
