/* wcsdup (POSIX): a malloc'd copy; NULL (errno ENOMEM from malloc) when out of memory. */
#include <stdlib.h>
#include <wchar.h>

wchar_t *wcsdup(const wchar_t *s) {
  size_t n = wcslen(s) + 1;
  wchar_t *d = malloc(n * sizeof *d);
  if (d) wmemcpy(d, s, n);
  return d;
}
