/* wcstok (C11's three-argument form): tokens separated by characters of delim; the position
 * is kept in *save. */
#include <wchar.h>

wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict delim, wchar_t **restrict save) {
  if (!s) s = *save;
  if (!s) return NULL;
  s += wcsspn(s, delim);
  if (!*s) {
    *save = NULL;
    return NULL;
  }
  wchar_t *end = s + wcscspn(s, delim);
  if (*end) {
    *end = 0;
    *save = end + 1;
  } else {
    *save = NULL;
  }
  return s;
}
