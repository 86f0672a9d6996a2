/* mbsrtowcs, mbsnrtowcs (POSIX), mbstowcs: a multibyte string to wide characters, one
 * mbrtowc at a time. With a destination, *src moves past what was converted: to NULL after
 * the terminating null, to the offending character on an encoding error. Without one (dst
 * NULL) only the length is computed and *src is left alone. mbsnrtowcs reads at most nms
 * bytes; a character cut there stays in the state. */
#include <stdint.h>
#include <stdlib.h>
#include <wchar.h>

size_t mbsnrtowcs(wchar_t *restrict dst, const char **restrict src, size_t nms, size_t n,
                  mbstate_t *restrict ps) {
  static mbstate_t internal;
  if (!ps) ps = &internal;
  const char *s = *src;
  size_t count = 0;
  while (!dst || count < n) {
    wchar_t wc;
    size_t r = mbrtowc(&wc, s, nms, ps);
    if (r == (size_t)-1) {
      if (dst) *src = s;
      return r;
    }
    if (r == (size_t)-2) { /* nms ran out inside a character */
      s += nms;
      break;
    }
    if (dst) dst[count] = wc;
    if (!wc) {
      if (dst) *src = NULL;
      return count;
    }
    s += r;
    nms -= r;
    count++;
  }
  if (dst) *src = s;
  return count;
}

size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t n,
                 mbstate_t *restrict ps) {
  static mbstate_t internal;
  return mbsnrtowcs(dst, src, SIZE_MAX, n, ps ? ps : &internal);
}

size_t mbstowcs(wchar_t *restrict dst, const char *restrict src, size_t n) {
  mbstate_t st = {0};
  const char *s = src;
  return mbsnrtowcs(dst, &s, SIZE_MAX, n, &st);
}
