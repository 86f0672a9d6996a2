/* strstr: the naive quadratic search; it reads no byte after the haystack's NUL. */
#include <string.h>

char *strstr(const char *hay, const char *needle) {
  if (!*needle) return (char *)hay;
  for (; *hay; hay++) {
    size_t i = 0;
    while (needle[i] && hay[i] == needle[i]) i++;
    if (!needle[i]) return (char *)hay;
  }
  return NULL;
}
