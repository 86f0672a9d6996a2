/* scanf, fscanf, sscanf and their v forms, over the core in vscan.c. */
#include <stdarg.h>

#include "stdio_impl.h"

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap) {
  return __vscan_stream(f, fmt, ap);
}

int vscanf(const char *restrict fmt, va_list ap) { return __vscan_stream(stdin, fmt, ap); }

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap) {
  return __vscan_string(s, fmt, ap);
}

int fscanf(FILE *restrict f, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = __vscan_stream(f, fmt, ap);
  va_end(ap);
  return r;
}

int scanf(const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = __vscan_stream(stdin, fmt, ap);
  va_end(ap);
  return r;
}

int sscanf(const char *restrict s, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = __vscan_string(s, fmt, ap);
  va_end(ap);
  return r;
}
