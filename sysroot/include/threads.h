/* <threads.h> (C11) for single-threaded programs, over <pthread.h>'s single-thread
 * implementation: thrd_create fails (thrd_error: MSWasm has no threads), thrd_join of any
 * thread fails (thrd_error), mtx_lock of a plain mutex the thread holds fails (thrd_error)
 * rather than hanging, cnd_wait fails (thrd_error: nothing can signal), cnd_timedwait sleeps
 * until its deadline and returns thrd_timedout. Constants have glibc's values. */
#ifndef _THREADS_H
#define _THREADS_H

#include <pthread.h>
#include <time.h>

#define thread_local _Thread_local
#define ONCE_FLAG_INIT PTHREAD_ONCE_INIT
#define TSS_DTOR_ITERATIONS PTHREAD_DESTRUCTOR_ITERATIONS

typedef pthread_t thrd_t;
typedef int (*thrd_start_t)(void *);
typedef pthread_key_t tss_t;
typedef void (*tss_dtor_t)(void *);
typedef pthread_once_t once_flag;
typedef pthread_mutex_t mtx_t;
typedef pthread_cond_t cnd_t;

enum { thrd_success = 0, thrd_busy = 1, thrd_error = 2, thrd_nomem = 3, thrd_timedout = 4 };
enum { mtx_plain = 0, mtx_recursive = 1, mtx_timed = 2 };

int thrd_create(thrd_t *__t, thrd_start_t __start, void *__arg);
int thrd_join(thrd_t __t, int *__result);
int thrd_detach(thrd_t __t);
thrd_t thrd_current(void);
int thrd_equal(thrd_t __a, thrd_t __b);
_Noreturn void thrd_exit(int __result);
int thrd_sleep(const struct timespec *__duration, struct timespec *__remaining);
void thrd_yield(void);

int mtx_init(mtx_t *__m, int __type);
int mtx_lock(mtx_t *__m);
int mtx_timedlock(mtx_t *__restrict __m, const struct timespec *__restrict __abstime);
int mtx_trylock(mtx_t *__m);
int mtx_unlock(mtx_t *__m);
void mtx_destroy(mtx_t *__m);

void call_once(once_flag *__flag, void (*__fn)(void));

int cnd_init(cnd_t *__c);
int cnd_signal(cnd_t *__c);
int cnd_broadcast(cnd_t *__c);
int cnd_wait(cnd_t *__c, mtx_t *__m);
int cnd_timedwait(cnd_t *__restrict __c, mtx_t *__restrict __m,
                  const struct timespec *__restrict __abstime);
void cnd_destroy(cnd_t *__c);

int tss_create(tss_t *__key, tss_dtor_t __dtor);
void *tss_get(tss_t __key);
int tss_set(tss_t __key, void *__value);
void tss_delete(tss_t __key);

#endif
