/* Mutexes for the one thread. A mutex records its type, whether it is locked and, for the
 * recursive type, how many times. Locking a mutex the thread already holds: the recursive
 * type counts (EAGAIN past UINT_MAX); the error-checking type returns EDEADLK as POSIX says;
 * the normal (= default) type deadlocks in POSIX, and with no other thread to release it the
 * program would hang for ever, so it returns EDEADLK too. pthread_mutex_timedlock on such a
 * mutex sleeps until the deadline and returns ETIMEDOUT, what the wait would come to.
 * Unlocking a mutex that is not locked is EPERM for every type (undefined for the normal
 * type in POSIX); destroying a locked one EBUSY, as glibc. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>

#include "pthread_impl.h"

int pthread_mutexattr_init(pthread_mutexattr_t *a) {
  a->__type = PTHREAD_MUTEX_DEFAULT;
  a->__pshared = PTHREAD_PROCESS_PRIVATE;
  return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *a) {
  (void)a;
  return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type) {
  if (type != PTHREAD_MUTEX_NORMAL && type != PTHREAD_MUTEX_RECURSIVE &&
      type != PTHREAD_MUTEX_ERRORCHECK)
    return EINVAL;
  a->__type = type;
  return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict a, int *restrict type) {
  *type = a->__type;
  return 0;
}

int pthread_mutexattr_setpshared(pthread_mutexattr_t *a, int pshared) {
  if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED) return EINVAL;
  a->__pshared = pshared;
  return 0;
}

int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict a, int *restrict pshared) {
  *pshared = a->__pshared;
  return 0;
}

int pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict a) {
  m->__type = a ? a->__type : PTHREAD_MUTEX_DEFAULT;
  m->__locked = 0;
  m->__count = 0;
  return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m) { return m->__locked ? EBUSY : 0; }

/* The lock when m is free or recursive; else EDEADLK (the caller decides). */
static int relock(pthread_mutex_t *m) {
  if (!m->__locked) {
    m->__locked = 1;
    m->__count = 1;
    return 0;
  }
  if (m->__type != PTHREAD_MUTEX_RECURSIVE) return EDEADLK;
  if (m->__count == UINT_MAX) return EAGAIN;
  m->__count++;
  return 0;
}

int pthread_mutex_lock(pthread_mutex_t *m) { return relock(m); }

int pthread_mutex_trylock(pthread_mutex_t *m) {
  int r = relock(m);
  return r == EDEADLK ? EBUSY : r;
}

int pthread_mutex_timedlock(pthread_mutex_t *restrict m, const struct timespec *restrict t) {
  int r = relock(m);
  if (r != EDEADLK || m->__type == PTHREAD_MUTEX_ERRORCHECK) return r;
  r = __pthread_sleep_until(CLOCK_REALTIME, t);
  return r ? r : ETIMEDOUT;
}

int pthread_mutex_unlock(pthread_mutex_t *m) {
  if (!m->__locked) return EPERM;
  if (--m->__count == 0) m->__locked = 0;
  return 0;
}
