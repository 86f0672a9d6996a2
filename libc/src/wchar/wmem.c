/* wmemcpy, wmemmove, wmemset, wmemcmp, wmemchr: the mem* functions over wide characters.
 * Copies are one __builtin_memcpy/memmove (segment.copy, checked on both ranges). */
#include <wchar.h>

wchar_t *wmemcpy(wchar_t *restrict dst, const wchar_t *restrict src, size_t n) {
  __builtin_memcpy(dst, src, n * sizeof *dst);
  return dst;
}

wchar_t *wmemmove(wchar_t *dst, const wchar_t *src, size_t n) {
  __builtin_memmove(dst, src, n * sizeof *dst);
  return dst;
}

wchar_t *wmemset(wchar_t *dst, wchar_t c, size_t n) {
  for (size_t i = 0; i < n; i++) dst[i] = c;
  return dst;
}

int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] == c) return (wchar_t *)(s + i);
  return NULL;
}
