/* wcscpy, wcpcpy, wcsncpy: copy wide strings one character at a time (so the engine checks
 * each store against the destination's bounds). wcsncpy pads with nulls up to n. */
#include <wchar.h>

wchar_t *wcscpy(wchar_t *restrict dst, const wchar_t *restrict src) {
  wchar_t *d = dst;
  while ((*d++ = *src++)) {
  }
  return dst;
}

wchar_t *wcpcpy(wchar_t *restrict dst, const wchar_t *restrict src) {
  while ((*dst = *src++)) dst++;
  return dst;
}

wchar_t *wcsncpy(wchar_t *restrict dst, const wchar_t *restrict src, size_t n) {
  size_t i = 0;
  for (; i < n && src[i]; i++) dst[i] = src[i];
  for (; i < n; i++) dst[i] = 0;
  return dst;
}
