/* <pthread.h> for single-threaded programs. MSWasm has no threads: pthread_create fails with
 * EAGAIN, pthread_join with ESRCH (EDEADLK for the calling thread itself). The rest works for
 * the one thread (src/pthread/): mutexes, rwlocks, once, thread-specific keys, attributes.
 * Where a single thread would wait forever (relocking a non-recursive mutex, a write lock
 * over a held lock, waiting on a condition no other thread can signal), the call fails with
 * EDEADLK instead of hanging; pthread_cond_timedwait sleeps until its deadline, then
 * returns ETIMEDOUT. */
#ifndef _PTHREAD_H
#define _PTHREAD_H

#include <sched.h>
#include <sys/types.h>
#include <time.h>

typedef unsigned long pthread_t;
typedef unsigned pthread_key_t;
typedef int pthread_once_t;

typedef struct { int __detach; size_t __stacksize; } pthread_attr_t;
typedef struct { int __type, __pshared; } pthread_mutexattr_t;
typedef struct { int __type, __locked; unsigned __count; } pthread_mutex_t;
typedef struct { int __clock, __pshared; } pthread_condattr_t;
typedef struct { int __clock; } pthread_cond_t;
typedef struct { int __pshared; } pthread_rwlockattr_t;
typedef struct { int __writer; unsigned __readers; } pthread_rwlock_t;

#define PTHREAD_MUTEX_NORMAL 0
#define PTHREAD_MUTEX_RECURSIVE 1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT PTHREAD_MUTEX_NORMAL
#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1
#define PTHREAD_PROCESS_PRIVATE 0
#define PTHREAD_PROCESS_SHARED 1
#define PTHREAD_CANCEL_ENABLE 0
#define PTHREAD_CANCEL_DISABLE 1
#define PTHREAD_CANCEL_DEFERRED 0
#define PTHREAD_CANCEL_ASYNCHRONOUS 1

#define PTHREAD_MUTEX_INITIALIZER {0, 0, 0}
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP {1, 0, 0}
#define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP {2, 0, 0}
#define PTHREAD_COND_INITIALIZER {0}
#define PTHREAD_RWLOCK_INITIALIZER {0, 0}
#define PTHREAD_ONCE_INIT 0

#define PTHREAD_KEYS_MAX 128
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#define PTHREAD_STACK_MIN 16384

int pthread_create(pthread_t *__restrict __t, const pthread_attr_t *__restrict __attr,
                   void *(*__start)(void *), void *__restrict __arg);
int pthread_join(pthread_t __t, void **__result);
int pthread_detach(pthread_t __t);
_Noreturn void pthread_exit(void *__result);
pthread_t pthread_self(void);
int pthread_equal(pthread_t __a, pthread_t __b);
int pthread_cancel(pthread_t __t);
int pthread_setcancelstate(int __state, int *__old);
int pthread_setcanceltype(int __type, int *__old);
void pthread_testcancel(void);

int pthread_attr_init(pthread_attr_t *__a);
int pthread_attr_destroy(pthread_attr_t *__a);
int pthread_attr_setdetachstate(pthread_attr_t *__a, int __state);
int pthread_attr_getdetachstate(const pthread_attr_t *__a, int *__state);
int pthread_attr_setstacksize(pthread_attr_t *__a, size_t __size);
int pthread_attr_getstacksize(const pthread_attr_t *__restrict __a, size_t *__restrict __size);

int pthread_mutexattr_init(pthread_mutexattr_t *__a);
int pthread_mutexattr_destroy(pthread_mutexattr_t *__a);
int pthread_mutexattr_settype(pthread_mutexattr_t *__a, int __type);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *__restrict __a, int *__restrict __type);
int pthread_mutexattr_setpshared(pthread_mutexattr_t *__a, int __pshared);
int pthread_mutexattr_getpshared(const pthread_mutexattr_t *__restrict __a,
                                 int *__restrict __pshared);
int pthread_mutex_init(pthread_mutex_t *__restrict __m,
                       const pthread_mutexattr_t *__restrict __attr);
int pthread_mutex_destroy(pthread_mutex_t *__m);
int pthread_mutex_lock(pthread_mutex_t *__m);
int pthread_mutex_trylock(pthread_mutex_t *__m);
int pthread_mutex_timedlock(pthread_mutex_t *__restrict __m,
                            const struct timespec *__restrict __abstime);
int pthread_mutex_unlock(pthread_mutex_t *__m);

int pthread_condattr_init(pthread_condattr_t *__a);
int pthread_condattr_destroy(pthread_condattr_t *__a);
int pthread_condattr_setclock(pthread_condattr_t *__a, clockid_t __clock);
int pthread_condattr_getclock(const pthread_condattr_t *__restrict __a,
                              clockid_t *__restrict __clock);
int pthread_condattr_setpshared(pthread_condattr_t *__a, int __pshared);
int pthread_condattr_getpshared(const pthread_condattr_t *__restrict __a,
                                int *__restrict __pshared);
int pthread_cond_init(pthread_cond_t *__restrict __c, const pthread_condattr_t *__restrict __a);
int pthread_cond_destroy(pthread_cond_t *__c);
int pthread_cond_signal(pthread_cond_t *__c);
int pthread_cond_broadcast(pthread_cond_t *__c);
int pthread_cond_wait(pthread_cond_t *__restrict __c, pthread_mutex_t *__restrict __m);
int pthread_cond_timedwait(pthread_cond_t *__restrict __c, pthread_mutex_t *__restrict __m,
                           const struct timespec *__restrict __abstime);

int pthread_rwlockattr_init(pthread_rwlockattr_t *__a);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *__a);
int pthread_rwlock_init(pthread_rwlock_t *__restrict __l,
                        const pthread_rwlockattr_t *__restrict __a);
int pthread_rwlock_destroy(pthread_rwlock_t *__l);
int pthread_rwlock_rdlock(pthread_rwlock_t *__l);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *__l);
int pthread_rwlock_wrlock(pthread_rwlock_t *__l);
int pthread_rwlock_trywrlock(pthread_rwlock_t *__l);
int pthread_rwlock_unlock(pthread_rwlock_t *__l);

int pthread_once(pthread_once_t *__once, void (*__init)(void));
int pthread_key_create(pthread_key_t *__key, void (*__destructor)(void *));
int pthread_key_delete(pthread_key_t __key);
void *pthread_getspecific(pthread_key_t __key);
int pthread_setspecific(pthread_key_t __key, const void *__value);

#endif
