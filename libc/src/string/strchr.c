/* strchr: the terminating NUL is part of the string, so strchr(s, 0) finds it. */
#include <string.h>

char *strchr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c) return (char *)s;
    if (!*s) return NULL;
  }
}
