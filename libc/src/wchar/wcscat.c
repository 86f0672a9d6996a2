/* wcscat, wcsncat: append a wide string (at most n characters for wcsncat, which always
 * adds the terminating null). */
#include <wchar.h>

wchar_t *wcscat(wchar_t *restrict dst, const wchar_t *restrict src) {
  wchar_t *d = dst + wcslen(dst);
  while ((*d++ = *src++)) {
  }
  return dst;
}

wchar_t *wcsncat(wchar_t *restrict dst, const wchar_t *restrict src, size_t n) {
  wchar_t *d = dst + wcslen(dst);
  for (; n && *src; n--) *d++ = *src++;
  *d = 0;
  return dst;
}
