/* wcsstr: the first occurrence of needle, by direct comparison at each position (never
 * reading past the haystack's terminating null). */
#include <wchar.h>

wchar_t *wcsstr(const wchar_t *hay, const wchar_t *needle) {
  if (!*needle) return (wchar_t *)hay;
  for (; *hay; hay++) {
    size_t i = 0;
    while (needle[i] && hay[i] == needle[i]) i++;
    if (!needle[i]) return (wchar_t *)hay;
  }
  return NULL;
}
