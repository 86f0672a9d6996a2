/* getrlimit, setrlimit, getrusage, times, getpriority, setpriority.
 * Limits are libc's record, not enforced by it: RLIMIT_NOFILE starts at 1024/1024 (the
 * engine's descriptor limit; the engine enforces that one itself), RLIMIT_NPROC at 1/1 (no
 * process can be created), every other at RLIM_INFINITY. setrlimit may set any soft limit up
 * to the hard one and lower the hard one (raising it is EPERM, as without privilege).
 * CPU time is the host's clock 2 (the process's CPU time), counted as user time; system time,
 * children's times and every other rusage count are 0. times() returns the monotonic clock
 * in ticks of 1/100 s (clock_t is 32 bits and wraps, as on 32-bit Linux). Priorities: the
 * process has nice 0; setpriority to 0 succeeds, raising it (EACCES) or lowering it (ENOSYS:
 * the host has no scheduler control) fail; other processes do not exist (ESRCH). */
#include <errno.h>
#include <sys/resource.h>
#include <sys/times.h>

#include "host.h"

static struct rlimit limits[RLIMIT_NLIMITS];
static int limits_set;

static void init(void) {
  if (limits_set) return;
  for (int i = 0; i < RLIMIT_NLIMITS; i++) limits[i].rlim_cur = limits[i].rlim_max = RLIM_INFINITY;
  limits[RLIMIT_NOFILE].rlim_cur = limits[RLIMIT_NOFILE].rlim_max = 1024;
  limits[RLIMIT_NPROC].rlim_cur = limits[RLIMIT_NPROC].rlim_max = 1;
  limits_set = 1;
}

int getrlimit(int res, struct rlimit *r) {
  if (res < 0 || res >= RLIMIT_NLIMITS) {
    errno = EINVAL;
    return -1;
  }
  init();
  *r = limits[res];
  return 0;
}

int setrlimit(int res, const struct rlimit *r) {
  if (res < 0 || res >= RLIMIT_NLIMITS || r->rlim_cur > r->rlim_max) {
    errno = EINVAL;
    return -1;
  }
  init();
  if (r->rlim_max > limits[res].rlim_max) {
    errno = EPERM;
    return -1;
  }
  limits[res] = *r;
  return 0;
}

static long long cpu_ns(void) {
  long long t = __host_clock_time(2);
  return t < 0 ? 0 : t;
}

int getrusage(int who, struct rusage *u) {
  if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD) {
    errno = EINVAL;
    return -1;
  }
  __builtin_memset(u, 0, sizeof *u);
  if (who != RUSAGE_CHILDREN) {
    long long ns = cpu_ns();
    u->ru_utime.tv_sec = ns / 1000000000;
    u->ru_utime.tv_usec = (suseconds_t)(ns % 1000000000 / 1000);
  }
  return 0;
}

clock_t times(struct tms *t) {
  t->tms_utime = (clock_t)(cpu_ns() / 10000000);
  t->tms_stime = t->tms_cutime = t->tms_cstime = 0;
  long long now = __host_clock_time(1);
  if (now < 0) {
    errno = (int)-now;
    return (clock_t)-1;
  }
  return (clock_t)(unsigned long)(now / 10000000);
}

static int check_who(int which, id_t who) {
  if (which != PRIO_PROCESS && which != PRIO_PGRP && which != PRIO_USER) {
    errno = EINVAL;
    return -1;
  }
  int self = which == PRIO_USER ? (who == 0 || who == 1000) : (who == 0 || who == 1);
  if (!self) {
    errno = ESRCH;
    return -1;
  }
  return 0;
}

int getpriority(int which, id_t who) {
  if (check_who(which, who) < 0) return -1;
  return 0;
}

int setpriority(int which, id_t who, int prio) {
  if (check_who(which, who) < 0) return -1;
  if (prio == 0) return 0;
  errno = prio < 0 ? EACCES : ENOSYS;
  return -1;
}
