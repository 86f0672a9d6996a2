/* wcsrtombs, wcsnrtombs (POSIX), wcstombs: wide characters to a multibyte string, one
 * wcrtomb at a time. A character that does not fit in the n bytes left stops the conversion
 * before it (it is encoded into a scratch buffer first, so dst is never written past n).
 * With a destination, *src moves to NULL after the terminating null, else to the first wide
 * character not converted (the offending one on an encoding error). */
#include <stdint.h>
#include <stdlib.h>
#include <wchar.h>

#include "locale_impl.h"

size_t wcsnrtombs(char *restrict dst, const wchar_t **restrict src, size_t nwc, size_t n,
                  mbstate_t *restrict ps) {
  const wchar_t *ws = *src;
  size_t count = 0;
  char tmp[MB_MAX];
  for (; nwc; ws++, nwc--) {
    size_t r = wcrtomb(tmp, *ws, ps);
    if (r == (size_t)-1) {
      if (dst) *src = ws;
      return r;
    }
    if (dst) {
      if (r > n - count) break;
      __builtin_memcpy(dst + count, tmp, r);
    }
    if (!*ws) {
      if (dst) *src = NULL;
      return count;
    }
    count += r;
  }
  if (dst) *src = ws;
  return count;
}

size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t n,
                 mbstate_t *restrict ps) {
  return wcsnrtombs(dst, src, SIZE_MAX, n, ps);
}

size_t wcstombs(char *restrict dst, const wchar_t *restrict src, size_t n) {
  const wchar_t *s = src;
  return wcsnrtombs(dst, &s, SIZE_MAX, n, NULL);
}
