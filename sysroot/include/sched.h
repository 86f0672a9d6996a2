/* <sched.h>: sched_yield only (one thread: it returns 0 at once). */
#ifndef _SCHED_H
#define _SCHED_H

#include <sys/types.h>
#include <time.h>

int sched_yield(void);

#endif
