/* fgets: copies from the buffer up to and including a newline, at most n - 1 bytes. NULL at
 * end of file with nothing read, or on a read error. */
#include <string.h>

#include "stdio_impl.h"

char *fgets(char *restrict s, int n, FILE *restrict f) {
  if (n <= 0) return NULL;
  size_t len = 0, max = (size_t)n - 1;
  while (len < max) {
    size_t avail = __stdio_fill(f);
    if (!avail) {
      if (f->flags & F_ERR) return NULL;
      break;
    }
    size_t k = max - len < avail ? max - len : avail;
    const unsigned char *src = f->buf + f->rpos;
    const unsigned char *nl = memchr(src, '\n', k);
    if (nl) k = (size_t)(nl - src) + 1;
    __builtin_memcpy(s + len, src, k);
    f->rpos += k;
    len += k;
    if (nl) break;
  }
  if (!len && n > 1) return NULL;
  s[len] = 0;
  return s;
}
