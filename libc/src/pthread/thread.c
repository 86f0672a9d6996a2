/* Threads, of which MSWasm has only one: pthread_create fails with EAGAIN (no thread can be
 * made), pthread_join and pthread_detach with ESRCH for any thread but the caller (no other
 * ever existed); joining the caller itself is EDEADLK, detaching it 0. pthread_self is
 * 1; pthread_exit runs the key destructors, then ends the process with status 0 as the last
 * thread's exit does. Cancellation: no other thread can cancel, so the state calls only
 * record; pthread_cancel of the caller is refused (ENOTSUP) rather than half-done. Thread
 * attributes are kept for pthread_attr_get*, never used. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "pthread_impl.h"

#define SELF 1ul

int pthread_create(pthread_t *restrict t, const pthread_attr_t *restrict attr,
                   void *(*start)(void *), void *restrict arg) {
  (void)t, (void)attr, (void)start, (void)arg;
  return EAGAIN; /* no threads in MSWasm */
}

int pthread_join(pthread_t t, void **result) {
  (void)result;
  return t == SELF ? EDEADLK : ESRCH;
}

int pthread_detach(pthread_t t) { return t == SELF ? 0 : ESRCH; }

_Noreturn void pthread_exit(void *result) {
  (void)result;
  __pthread_run_destructors();
  exit(0);
}

pthread_t pthread_self(void) { return SELF; }

int pthread_equal(pthread_t a, pthread_t b) { return a == b; }

int pthread_cancel(pthread_t t) { return t == SELF ? ENOTSUP : ESRCH; }

static int cancel_state, cancel_type;

int pthread_setcancelstate(int state, int *old) {
  if (state != PTHREAD_CANCEL_ENABLE && state != PTHREAD_CANCEL_DISABLE) return EINVAL;
  if (old) *old = cancel_state;
  cancel_state = state;
  return 0;
}

int pthread_setcanceltype(int type, int *old) {
  if (type != PTHREAD_CANCEL_DEFERRED && type != PTHREAD_CANCEL_ASYNCHRONOUS) return EINVAL;
  if (old) *old = cancel_type;
  cancel_type = type;
  return 0;
}

void pthread_testcancel(void) {}

int pthread_attr_init(pthread_attr_t *a) {
  a->__detach = PTHREAD_CREATE_JOINABLE;
  a->__stacksize = 8u << 20;
  return 0;
}

int pthread_attr_destroy(pthread_attr_t *a) {
  (void)a;
  return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t *a, int state) {
  if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED) return EINVAL;
  a->__detach = state;
  return 0;
}

int pthread_attr_getdetachstate(const pthread_attr_t *a, int *state) {
  *state = a->__detach;
  return 0;
}

int pthread_attr_setstacksize(pthread_attr_t *a, size_t size) {
  if (size < PTHREAD_STACK_MIN) return EINVAL;
  a->__stacksize = size;
  return 0;
}

int pthread_attr_getstacksize(const pthread_attr_t *restrict a, size_t *restrict size) {
  *size = a->__stacksize;
  return 0;
}

int sched_yield(void) { return 0; }
