/* wcscasecmp, wcsncasecmp (POSIX): compare after towlower, as towlower's values. */
#include <wchar.h>
#include <wctype.h>

int wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n) {
  for (; n; a++, b++, n--) {
    wint_t x = towlower((wint_t)*a), y = towlower((wint_t)*b);
    if (x != y) return (wchar_t)x < (wchar_t)y ? -1 : 1;
    if (!x) break;
  }
  return 0;
}

int wcscasecmp(const wchar_t *a, const wchar_t *b) { return wcsncasecmp(a, b, (size_t)-1); }
