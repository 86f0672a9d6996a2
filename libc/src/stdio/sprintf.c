/* snprintf, sprintf, vsnprintf, vsprintf: format into a string. snprintf stores at most n - 1
 * bytes and a NUL, and returns the full length; sprintf has no limit of its own, but the
 * engine checks every store against the destination's bounds. */
#include <stdarg.h>
#include <stdint.h>

#include "stdio_impl.h"

int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap) {
  struct __sink k = {.s = s, .cap = n ? n - 1 : 0};
  int r = __vformat(&k, fmt, ap);
  if (n) s[k.len < k.cap ? k.len : k.cap] = 0;
  return r;
}

int vsprintf(char *restrict s, const char *restrict fmt, va_list ap) {
  return vsnprintf(s, SIZE_MAX, fmt, ap);
}

int snprintf(char *restrict s, size_t n, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(s, n, fmt, ap);
  va_end(ap);
  return r;
}

int sprintf(char *restrict s, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(s, SIZE_MAX, fmt, ap);
  va_end(ap);
  return r;
}
