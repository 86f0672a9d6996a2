/* memmove: segment.copy has memmove semantics and keeps tags (see memcpy.c). */
#include <string.h>

void *memmove(void *dst, const void *src, size_t n) {
  __builtin_memmove(dst, src, n);
  return dst;
}
