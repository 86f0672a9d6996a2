/* Read-write locks for the one thread: a count of read locks and a write flag. A lock that
 * would wait for the thread itself (a write lock over any lock, a read lock under the write
 * lock) would wait for ever: EDEADLK, as POSIX allows; the try forms return EBUSY. Unlocking
 * an unlocked rwlock is EPERM; destroying a held one EBUSY. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>

int pthread_rwlockattr_init(pthread_rwlockattr_t *a) {
  a->__pshared = PTHREAD_PROCESS_PRIVATE;
  return 0;
}

int pthread_rwlockattr_destroy(pthread_rwlockattr_t *a) {
  (void)a;
  return 0;
}

int pthread_rwlock_init(pthread_rwlock_t *restrict l, const pthread_rwlockattr_t *restrict a) {
  (void)a;
  l->__writer = 0;
  l->__readers = 0;
  return 0;
}

int pthread_rwlock_destroy(pthread_rwlock_t *l) {
  return l->__writer || l->__readers ? EBUSY : 0;
}

int pthread_rwlock_rdlock(pthread_rwlock_t *l) {
  if (l->__writer) return EDEADLK;
  if (l->__readers == UINT_MAX) return EAGAIN;
  l->__readers++;
  return 0;
}

int pthread_rwlock_tryrdlock(pthread_rwlock_t *l) {
  int r = pthread_rwlock_rdlock(l);
  return r == EDEADLK ? EBUSY : r;
}

int pthread_rwlock_wrlock(pthread_rwlock_t *l) {
  if (l->__writer || l->__readers) return EDEADLK;
  l->__writer = 1;
  return 0;
}

int pthread_rwlock_trywrlock(pthread_rwlock_t *l) {
  return l->__writer || l->__readers ? EBUSY : pthread_rwlock_wrlock(l);
}

int pthread_rwlock_unlock(pthread_rwlock_t *l) {
  if (l->__writer) l->__writer = 0;
  else if (l->__readers) l->__readers--;
  else return EPERM;
  return 0;
}
