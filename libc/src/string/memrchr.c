/* memrchr (GNU): the last byte equal to (unsigned char)c among the first n, scanning
 * backwards byte by byte. */
#include <string.h>

void *memrchr(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  while (n--)
    if (p[n] == (unsigned char)c) return (void *)(p + n);
  return NULL;
}
