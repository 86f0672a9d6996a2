/* <sys/times.h>: times() in clock ticks of sysconf(_SC_CLK_TCK) = 100: the process's user
 * time is the host's CPU-time clock, system and children's times are 0; the result is the
 * monotonic clock in ticks (modulo the range of clock_t, as on Linux). */
#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#include <sys/types.h>

struct tms {
  clock_t tms_utime;
  clock_t tms_stime;
  clock_t tms_cutime;
  clock_t tms_cstime;
};

clock_t times(struct tms *__buf);

#endif
