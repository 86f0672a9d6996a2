/* C11 <threads.h> over the single-thread pthread functions (src/pthread): each result is
 * mapped to thrd_success, thrd_busy (EBUSY), thrd_timedout (ETIMEDOUT), thrd_nomem (ENOMEM)
 * or thrd_error. mtx_init accepts mtx_plain or mtx_timed, either possibly or'ed with
 * mtx_recursive. thrd_sleep returns 0, -1 when interrupted (never here), or a negative value
 * on an invalid duration. */
#include <errno.h>
#include <threads.h>

static int result(int r) {
  switch (r) {
  case 0: return thrd_success;
  case EBUSY: return thrd_busy;
  case ETIMEDOUT: return thrd_timedout;
  case ENOMEM: return thrd_nomem;
  default: return thrd_error;
  }
}

int thrd_create(thrd_t *t, thrd_start_t start, void *arg) {
  (void)t, (void)start, (void)arg;
  return thrd_error; /* no threads in MSWasm */
}

int thrd_join(thrd_t t, int *res) {
  (void)res;
  return result(pthread_join(t, NULL));
}

int thrd_detach(thrd_t t) { return result(pthread_detach(t)); }

thrd_t thrd_current(void) { return pthread_self(); }

int thrd_equal(thrd_t a, thrd_t b) { return pthread_equal(a, b); }

_Noreturn void thrd_exit(int res) {
  (void)res;
  pthread_exit(NULL);
}

int thrd_sleep(const struct timespec *d, struct timespec *rem) {
  if (!nanosleep(d, rem)) return 0;
  return errno == EINTR ? -1 : -2;
}

void thrd_yield(void) {}

int mtx_init(mtx_t *m, int type) {
  int base = type & ~mtx_recursive;
  if (base != mtx_plain && base != mtx_timed) return thrd_error;
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  pthread_mutexattr_settype(&a, type & mtx_recursive ? PTHREAD_MUTEX_RECURSIVE
                                                     : PTHREAD_MUTEX_NORMAL);
  return result(pthread_mutex_init(m, &a));
}

int mtx_lock(mtx_t *m) { return result(pthread_mutex_lock(m)); }

int mtx_timedlock(mtx_t *restrict m, const struct timespec *restrict t) {
  return result(pthread_mutex_timedlock(m, t));
}

int mtx_trylock(mtx_t *m) { return result(pthread_mutex_trylock(m)); }

int mtx_unlock(mtx_t *m) { return result(pthread_mutex_unlock(m)); }

void mtx_destroy(mtx_t *m) { pthread_mutex_destroy(m); }

void call_once(once_flag *flag, void (*fn)(void)) { pthread_once(flag, fn); }

int cnd_init(cnd_t *c) { return result(pthread_cond_init(c, NULL)); }

int cnd_signal(cnd_t *c) { return result(pthread_cond_signal(c)); }

int cnd_broadcast(cnd_t *c) { return result(pthread_cond_broadcast(c)); }

int cnd_wait(cnd_t *c, mtx_t *m) { return result(pthread_cond_wait(c, m)); }

int cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m, const struct timespec *restrict t) {
  return result(pthread_cond_timedwait(c, m, t));
}

void cnd_destroy(cnd_t *c) { pthread_cond_destroy(c); }

int tss_create(tss_t *key, tss_dtor_t dtor) { return result(pthread_key_create(key, dtor)); }

void *tss_get(tss_t key) { return pthread_getspecific(key); }

int tss_set(tss_t key, void *value) { return result(pthread_setspecific(key, value)); }

void tss_delete(tss_t key) { pthread_key_delete(key); }
