/* memset: one segment.fill (checks the range, writes the bytes, clears the tags). */
#include <string.h>

void *memset(void *dst, int c, size_t n) {
  __builtin_memset(dst, c, n);
  return dst;
}
