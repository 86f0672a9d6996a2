/* memccpy (POSIX): copies bytes up to and including the first (unsigned char)c, at most n;
 * returns the byte after the copied c in dst, or NULL when c was not among the n bytes. The
 * scan comes first, so the copy is one tag-preserving memcpy. */
#include <string.h>

void *memccpy(void *restrict dst, const void *restrict src, int c, size_t n) {
  const unsigned char *hit = memchr(src, c, n);
  size_t k = hit ? (size_t)(hit - (const unsigned char *)src) + 1 : n;
  __builtin_memcpy(dst, src, k);
  return hit ? (unsigned char *)dst + k : NULL;
}
