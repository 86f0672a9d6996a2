/* wcscmp, wcsncmp, wcscoll, wcsxfrm: wide characters compare as wchar_t values (signed, as in
 * glibc); -1, 0 or 1. Collation in both locales is code point order, so wcscoll is wcscmp and
 * wcsxfrm a copy (returning the length; copying only if it fits in n). */
#include <wchar.h>

int wcscmp(const wchar_t *a, const wchar_t *b) {
  for (; *a == *b && *a; a++, b++) {
  }
  return *a < *b ? -1 : *a > *b;
}

int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n) {
  for (; n && *a == *b && *a; a++, b++, n--) {
  }
  if (!n) return 0;
  return *a < *b ? -1 : *a > *b;
}

int wcscoll(const wchar_t *a, const wchar_t *b) { return wcscmp(a, b); }

size_t wcsxfrm(wchar_t *restrict dst, const wchar_t *restrict src, size_t n) {
  size_t len = wcslen(src);
  if (len < n) wmemcpy(dst, src, len + 1);
  return len;
}
