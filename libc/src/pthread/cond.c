/* Condition variables for the one thread: signal and broadcast have no waiter to wake.
 * pthread_cond_wait could only return by a spurious wake-up, after which a program waiting
 * for a predicate would loop for ever; it returns EDEADLK instead (POSIX allows extra
 * errors), or EPERM when the mutex is not locked. pthread_cond_timedwait sleeps until the
 * deadline (on the condition's clock) and returns ETIMEDOUT, as it would with no signal;
 * the mutex stays locked throughout, as no other thread could take it meanwhile. */
#include <errno.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_condattr_init(pthread_condattr_t *a) {
  a->__clock = CLOCK_REALTIME;
  a->__pshared = PTHREAD_PROCESS_PRIVATE;
  return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *a) {
  (void)a;
  return 0;
}

int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t clock) {
  if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC) return EINVAL;
  a->__clock = clock;
  return 0;
}

int pthread_condattr_getclock(const pthread_condattr_t *restrict a, clockid_t *restrict clock) {
  *clock = a->__clock;
  return 0;
}

int pthread_condattr_setpshared(pthread_condattr_t *a, int pshared) {
  if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED) return EINVAL;
  a->__pshared = pshared;
  return 0;
}

int pthread_condattr_getpshared(const pthread_condattr_t *restrict a, int *restrict pshared) {
  *pshared = a->__pshared;
  return 0;
}

int pthread_cond_init(pthread_cond_t *restrict c, const pthread_condattr_t *restrict a) {
  c->__clock = a ? a->__clock : CLOCK_REALTIME;
  return 0;
}

int pthread_cond_destroy(pthread_cond_t *c) {
  (void)c;
  return 0;
}

int pthread_cond_signal(pthread_cond_t *c) {
  (void)c;
  return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c) {
  (void)c;
  return 0;
}

int pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m) {
  (void)c;
  return m->__locked ? EDEADLK : EPERM;
}

int pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
                           const struct timespec *restrict t) {
  if (!m->__locked) return EPERM;
  int r = __pthread_sleep_until(c->__clock, t);
  return r ? r : ETIMEDOUT;
}

int __pthread_sleep_until(clockid_t clock, const struct timespec *t) {
  if (t->tv_nsec < 0 || t->tv_nsec >= 1000000000) return EINVAL;
  struct timespec now;
  if (clock_gettime(clock, &now)) return 0;
  long long sec = (long long)t->tv_sec - now.tv_sec;
  long nsec = t->tv_nsec - now.tv_nsec;
  if (nsec < 0) {
    nsec += 1000000000;
    sec--;
  }
  if (sec < 0) return 0;
  struct timespec d = {(time_t)sec, nsec};
  while (nanosleep(&d, &d)) {
  }
  return 0;
}
