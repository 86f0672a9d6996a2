/* fputs and puts. */
#include <string.h>

#include "stdio_impl.h"

int fputs(const char *restrict s, FILE *restrict f) {
  size_t n = strlen(s);
  return __fwritex((const unsigned char *)s, n, f) == n ? 0 : EOF;
}

int puts(const char *s) {
  if (fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF) return EOF;
  return 0;
}
