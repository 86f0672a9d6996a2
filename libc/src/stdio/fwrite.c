/* fwrite: the elements' bytes (a pointer field is written as its address bytes). */
#include "stdio_impl.h"

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f) {
  size_t total;
  if (__builtin_mul_overflow(size, n, &total)) total = (size_t)-1;
  if (!total) return 0;
  size_t done = __fwritex(p, total, f);
  return done == total ? n : done / size;
}
