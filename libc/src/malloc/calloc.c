/* calloc: checks n * size for overflow. No memset: the bytes of every new segment are zero
 * and untagged (docs/spec.md, "Segments"), so pointer fields read as NULL. */
#include <errno.h>
#include <stdlib.h>

#include "alloc.h"

void *calloc(size_t n, size_t size) {
  size_t total;
  if (__builtin_mul_overflow(n, size, &total)) {
    errno = ENOMEM;
    return NULL;
  }
  return __libc_alloc(total, 16);
}
