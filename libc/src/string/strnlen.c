/* strnlen: reads at most max bytes. */
#include <string.h>

size_t strnlen(const char *s, size_t max) {
  size_t n = 0;
  while (n < max && s[n]) n++;
  return n;
}
