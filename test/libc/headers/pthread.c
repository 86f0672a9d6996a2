// <pthread.h>, <sched.h> and <threads.h> in a single-threaded program: mutexes of the three
// types (relocking an error-checking one is EDEADLK, a recursive one counts, unlocking an
// unlocked one EPERM, trylock EBUSY, destroying a locked one EBUSY, timedlock of a held
// normal mutex past its deadline ETIMEDOUT), attributes and their EINVALs, pthread_once,
// keys, rwlocks, condition signals and a timed wait past its deadline (ETIMEDOUT),
// pthread_self/equal, pthread_join of the caller (EDEADLK), the C11 equivalents, and key
// destructors run by pthread_exit. pthread_create may fail only with EAGAIN (it does in
// MSWasm, which has no threads; glibc makes one). Not here, as glibc hangs: relocking a
// normal mutex, a write lock over one's own read lock, an untimed condition wait (EDEADLK
// in MSWasm's libc).
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <threads.h>

static int runs;
static void init(void) { runs++; }

static void *thread_main(void *arg) { return arg; }
static int c11_main(void *arg) {
  (void)arg;
  return 0;
}

static void destructor(void *v) { printf("destructor %d\n", *(int *)v); }

int main(void) {
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  printf("normal: lock %d trylock ebusy=%d unlock %d unlock-again-ok %d destroy %d\n",
         pthread_mutex_lock(&m), pthread_mutex_trylock(&m) == EBUSY, pthread_mutex_unlock(&m),
         pthread_mutex_trylock(&m), pthread_mutex_destroy(&m) == EBUSY);
  pthread_mutex_unlock(&m);
  printf("destroy unlocked %d\n", pthread_mutex_destroy(&m));

  pthread_mutexattr_t ma;
  int type = -1;
  printf("attr: init %d settype(99) %d", pthread_mutexattr_init(&ma),
         pthread_mutexattr_settype(&ma, 99) == EINVAL);
  pthread_mutexattr_gettype(&ma, &type);
  printf(" default %d\n", type == PTHREAD_MUTEX_DEFAULT);

  pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
  pthread_mutex_init(&m, &ma);
  int r1 = pthread_mutex_lock(&m);
  int r2 = pthread_mutex_lock(&m);
  int r3 = pthread_mutex_trylock(&m);
  int r4 = pthread_mutex_unlock(&m);
  int r5 = pthread_mutex_unlock(&m);
  printf("errorcheck: %d edeadlk=%d ebusy=%d %d eperm=%d\n", r1, r2 == EDEADLK, r3 == EBUSY, r4,
         r5 == EPERM);
  pthread_mutex_destroy(&m);

  pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutexattr_gettype(&ma, &type);
  pthread_mutex_init(&m, &ma);
  printf("recursive: type %d lock %d %d %d trylock %d", type == PTHREAD_MUTEX_RECURSIVE,
         pthread_mutex_lock(&m), pthread_mutex_lock(&m), pthread_mutex_lock(&m),
         pthread_mutex_trylock(&m));
  int u = 0;
  while (pthread_mutex_unlock(&m) == 0) u++;
  printf(" unlocks %d destroy %d\n", u, pthread_mutex_destroy(&m));
  pthread_mutexattr_destroy(&ma);

  pthread_mutex_init(&m, NULL);
  pthread_mutex_lock(&m);
  struct timespec past = {1, 0}, badns = {1, 1000000000};
  printf("timedlock held: etimedout=%d\n", pthread_mutex_timedlock(&m, &past) == ETIMEDOUT);
  pthread_mutex_unlock(&m);
  printf("timedlock free: %d\n", pthread_mutex_timedlock(&m, &past));
  pthread_mutex_unlock(&m);

  /* conditions */
  pthread_cond_t c = PTHREAD_COND_INITIALIZER;
  printf("cond: signal %d broadcast %d", pthread_cond_signal(&c), pthread_cond_broadcast(&c));
  pthread_mutex_lock(&m);
  printf(" timedwait etimedout=%d", pthread_cond_timedwait(&c, &m, &past) == ETIMEDOUT);
  printf(" bad einval=%d", pthread_cond_timedwait(&c, &m, &badns) == EINVAL);
  printf(" unlock %d destroy %d\n", pthread_mutex_unlock(&m), pthread_cond_destroy(&c));
  pthread_condattr_t ca;
  clockid_t clk = -1;
  pthread_condattr_init(&ca);
  printf("condattr: monotonic %d cputime einval=%d", pthread_condattr_setclock(&ca, CLOCK_MONOTONIC),
         pthread_condattr_setclock(&ca, CLOCK_PROCESS_CPUTIME_ID) == EINVAL);
  pthread_condattr_getclock(&ca, &clk);
  printf(" clock %d", clk == CLOCK_MONOTONIC);
  printf(" init %d\n", pthread_cond_init(&c, &ca));
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  pthread_mutex_lock(&m);
  printf("monotonic timedwait etimedout=%d\n", pthread_cond_timedwait(&c, &m, &now) == ETIMEDOUT);
  pthread_mutex_unlock(&m);
  pthread_cond_destroy(&c);
  pthread_condattr_destroy(&ca);

  /* once */
  pthread_once_t once = PTHREAD_ONCE_INIT;
  printf("once: %d %d %d runs=%d\n", pthread_once(&once, init), pthread_once(&once, init),
         pthread_once(&once, init), runs);

  /* keys */
  pthread_key_t k1, k2;
  static int v1 = 1, v2 = 2;
  printf("keys: create %d %d distinct %d", pthread_key_create(&k1, destructor),
         pthread_key_create(&k2, NULL), k1 != k2);
  printf(" initial null %d", pthread_getspecific(k1) == NULL);
  printf(" set %d %d", pthread_setspecific(k1, &v1), pthread_setspecific(k2, &v2));
  printf(" get %d %d\n", *(int *)pthread_getspecific(k1), *(int *)pthread_getspecific(k2));
  printf("delete %d set-after-delete einval=%d\n", pthread_key_delete(k2),
         pthread_setspecific(k2, &v2) == EINVAL);

  /* rwlocks */
  pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
  printf("rwlock: rd %d %d trywr ebusy=%d tryrd %d", pthread_rwlock_rdlock(&l),
         pthread_rwlock_rdlock(&l), pthread_rwlock_trywrlock(&l) == EBUSY,
         pthread_rwlock_tryrdlock(&l));
  printf(" unlock %d %d %d", pthread_rwlock_unlock(&l), pthread_rwlock_unlock(&l),
         pthread_rwlock_unlock(&l));
  printf(" wr %d tryrd ebusy=%d trywr ebusy=%d", pthread_rwlock_wrlock(&l),
         pthread_rwlock_tryrdlock(&l) == EBUSY, pthread_rwlock_trywrlock(&l) == EBUSY);
  printf(" rd edeadlk=%d wr edeadlk=%d", pthread_rwlock_rdlock(&l) == EDEADLK,
         pthread_rwlock_wrlock(&l) == EDEADLK);
  printf(" unlock %d destroy %d\n", pthread_rwlock_unlock(&l), pthread_rwlock_destroy(&l));

  /* threads and attributes */
  pthread_t self = pthread_self();
  printf("self equal %d join self edeadlk=%d\n", pthread_equal(self, pthread_self()) != 0,
         pthread_join(self, NULL) == EDEADLK);
  pthread_attr_t ta;
  int ds = -1;
  size_t ss = 0;
  pthread_attr_init(&ta);
  pthread_attr_getdetachstate(&ta, &ds);
  printf("attr: joinable %d detached %d bad einval=%d", ds == PTHREAD_CREATE_JOINABLE,
         pthread_attr_setdetachstate(&ta, PTHREAD_CREATE_DETACHED),
         pthread_attr_setdetachstate(&ta, 7) == EINVAL);
  pthread_attr_getdetachstate(&ta, &ds);
  printf(" now detached %d", ds == PTHREAD_CREATE_DETACHED);
  printf(" stack small einval=%d", pthread_attr_setstacksize(&ta, 1000) == EINVAL);
  printf(" set %d", pthread_attr_setstacksize(&ta, 1 << 20));
  pthread_attr_getstacksize(&ta, &ss);
  printf(" get %d destroy %d\n", ss == 1 << 20, pthread_attr_destroy(&ta));
  pthread_t t;
  int r = pthread_create(&t, NULL, thread_main, NULL);
  printf("create: 0 or EAGAIN %d\n", r == 0 || r == EAGAIN);
  if (r == 0) pthread_join(t, NULL);
  printf("sched_yield %d\n", sched_yield());

  /* C11 */
  mtx_t cm;
  printf("mtx: init %d lock %d trylock busy=%d unlock %d\n", mtx_init(&cm, mtx_plain) == thrd_success,
         mtx_lock(&cm) == thrd_success, mtx_trylock(&cm) == thrd_busy,
         mtx_unlock(&cm) == thrd_success);
  mtx_destroy(&cm);
  printf("mtx recursive: %d %d %d %d %d\n", mtx_init(&cm, mtx_plain | mtx_recursive),
         mtx_lock(&cm), mtx_trylock(&cm), mtx_unlock(&cm), mtx_unlock(&cm));
  mtx_destroy(&cm);
  mtx_init(&cm, mtx_timed);
  mtx_lock(&cm);
  printf("mtx timed: timedout=%d\n", mtx_timedlock(&cm, &past) == thrd_timedout);
  cnd_t cc;
  cnd_init(&cc);
  printf("cnd: signal %d timedwait timedout=%d\n", cnd_signal(&cc),
         cnd_timedwait(&cc, &cm, &past) == thrd_timedout);
  cnd_destroy(&cc);
  mtx_unlock(&cm);
  mtx_destroy(&cm);
  once_flag of = ONCE_FLAG_INIT;
  call_once(&of, init);
  call_once(&of, init);
  printf("call_once runs=%d\n", runs);
  tss_t tk;
  static int tv = 5;
  printf("tss: create %d", tss_create(&tk, NULL) == thrd_success);
  printf(" null %d set %d get %d\n", tss_get(tk) == NULL, tss_set(tk, &tv) == thrd_success,
         *(int *)tss_get(tk));
  tss_delete(tk);
  printf("thrd: current equal %d\n", thrd_equal(thrd_current(), thrd_current()) != 0);
  thrd_t ct;
  r = thrd_create(&ct, c11_main, NULL);
  printf("thrd_create: success or error %d\n", r == thrd_success || r == thrd_error);
  if (r == thrd_success) thrd_join(ct, NULL);
  struct timespec tiny = {0, 1000};
  printf("thrd_sleep %d\n", thrd_sleep(&tiny, NULL));

  fflush(stdout);
  pthread_exit(NULL); /* runs k1's destructor, then the process ends with status 0 */
}
