/* strncpy: copies up to n characters, then pads with NULs up to n. */
#include <string.h>

char *strncpy(char *restrict dst, const char *restrict src, size_t n) {
  size_t i = 0;
  for (; i < n && src[i]; i++) dst[i] = src[i];
  if (i < n) __builtin_memset(dst + i, 0, n - i);
  return dst;
}
