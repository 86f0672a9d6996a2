/* Shared by src/pthread and src/threads: the single thread's waits. */
#ifndef MSWASM_PTHREAD_IMPL_H
#define MSWASM_PTHREAD_IMPL_H

#include <time.h>

/* Sleeps until clock reaches abstime (at once when it has); 0, or EINVAL for an abstime whose
 * tv_nsec is outside [0, 1e9). What a timed wait does when no other thread can wake it. */
int __pthread_sleep_until(clockid_t clock, const struct timespec *abstime);

/* The key destructors pthread_exit runs (src/pthread/key.c). */
void __pthread_run_destructors(void);

#endif
