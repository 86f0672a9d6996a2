/* strdup: a fresh segment of exactly strlen + 1 bytes. */
#include <stdlib.h>
#include <string.h>

char *strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d) __builtin_memcpy(d, s, n);
  return d;
}
