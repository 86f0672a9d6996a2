/* pthread_once and thread-specific data for the one thread. pthread_once runs init the first
 * time (a call from inside init itself would wait for ever in POSIX: EDEADLK). Keys are
 * slots of a table of PTHREAD_KEYS_MAX values and destructors; deleting a key frees its
 * slot (EINVAL for a key that is not in use). Destructors run only when the thread ends
 * with pthread_exit (not when main returns, as in POSIX), up to
 * PTHREAD_DESTRUCTOR_ITERATIONS rounds while values remain. */
#include <errno.h>
#include <pthread.h>
#include <stddef.h>

#include "pthread_impl.h"

enum { ONCE_NEW = 0, ONCE_DONE = 1, ONCE_RUNNING = 2 };

int pthread_once(pthread_once_t *once, void (*init)(void)) {
  if (*once == ONCE_DONE) return 0;
  if (*once == ONCE_RUNNING) return EDEADLK;
  *once = ONCE_RUNNING;
  init();
  *once = ONCE_DONE;
  return 0;
}

static struct {
  int used;
  void (*destructor)(void *);
  void *value;
} keys[PTHREAD_KEYS_MAX];

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *)) {
  for (unsigned i = 0; i < PTHREAD_KEYS_MAX; i++) {
    if (!keys[i].used) {
      keys[i].used = 1;
      keys[i].destructor = destructor;
      keys[i].value = NULL;
      *key = i;
      return 0;
    }
  }
  return EAGAIN;
}

int pthread_key_delete(pthread_key_t key) {
  if (key >= PTHREAD_KEYS_MAX || !keys[key].used) return EINVAL;
  keys[key].used = 0;
  keys[key].value = NULL;
  return 0;
}

void *pthread_getspecific(pthread_key_t key) {
  return key < PTHREAD_KEYS_MAX && keys[key].used ? keys[key].value : NULL;
}

int pthread_setspecific(pthread_key_t key, const void *value) {
  if (key >= PTHREAD_KEYS_MAX || !keys[key].used) return EINVAL;
  keys[key].value = (void *)value;
  return 0;
}

void __pthread_run_destructors(void) {
  for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
    int ran = 0;
    for (unsigned i = 0; i < PTHREAD_KEYS_MAX; i++) {
      void *v = keys[i].value;
      if (keys[i].used && v && keys[i].destructor) {
        keys[i].value = NULL;
        keys[i].destructor(v);
        ran = 1;
      }
    }
    if (!ran) break;
  }
}
