/* getdelim and getline (POSIX): read up to and including delim into *line, growing it with
 * realloc (a NULL *line starts a new buffer). -1 at end of file with nothing read, or on error. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "stdio_impl.h"

ssize_t getdelim(char **restrict line, size_t *restrict cap, int delim, FILE *restrict f) {
  if (!line || !cap) {
    errno = EINVAL;
    return -1;
  }
  if (!*line) *cap = 0;
  size_t len = 0;
  for (;;) {
    size_t avail = __stdio_fill(f);
    if (!avail) {
      if (!len || (f->flags & F_ERR)) return -1;
      break;
    }
    const unsigned char *src = f->buf + f->rpos;
    const unsigned char *end = memchr(src, delim, avail);
    size_t k = end ? (size_t)(end - src) + 1 : avail;
    if (len + k + 1 > *cap) {
      size_t want = len + k + 1 > 2 * *cap ? len + k + 1 : 2 * *cap;
      char *grown = realloc(*line, want);
      if (!grown) return -1;
      *line = grown;
      *cap = want;
    }
    __builtin_memcpy(*line + len, src, k);
    f->rpos += k;
    len += k;
    if (end) break;
  }
  (*line)[len] = 0;
  if (len > 0x7fffffff) {
    errno = EOVERFLOW;
    return -1;
  }
  return (ssize_t)len;
}

ssize_t getline(char **restrict line, size_t *restrict cap, FILE *restrict f) {
  return getdelim(line, cap, '\n', f);
}
