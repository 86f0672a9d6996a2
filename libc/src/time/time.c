/* time, clock, difftime over the host's clock_time (0: real time, 2: process CPU time, in
 * nanoseconds). */
#include <time.h>

#include "host.h"

time_t time(time_t *t) {
  long long ns = __host_clock_time(0);
  time_t s = ns < 0 ? (time_t)-1 : ns / 1000000000;
  if (t) *t = s;
  return s;
}

clock_t clock(void) {
  long long ns = __host_clock_time(2);
  if (ns < 0) return (clock_t)-1;
  long long us = ns / (1000000000 / CLOCKS_PER_SEC);
  return us > 0x7fffffff ? (clock_t)-1 : (clock_t)us;
}

double difftime(time_t end, time_t start) { return (double)(end - start); }
