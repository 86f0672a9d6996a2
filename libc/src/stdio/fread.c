/* fread: copies from the buffer, refilling it as needed. */
#include "stdio_impl.h"

size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f) {
  size_t total;
  if (__builtin_mul_overflow(size, n, &total)) total = (size_t)-1;
  if (!total) return 0;
  unsigned char *d = p;
  size_t got = 0;
  while (got < total) {
    size_t avail = __stdio_fill(f);
    if (!avail) break;
    size_t k = total - got < avail ? total - got : avail;
    __builtin_memcpy(d + got, f->buf + f->rpos, k);
    f->rpos += k;
    got += k;
  }
  return got == total ? n : got / size;
}
