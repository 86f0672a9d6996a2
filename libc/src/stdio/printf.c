/* printf, fprintf, vprintf, vfprintf: format into the stream. An unbuffered stream (stderr)
 * gets a temporary buffer for the call, so one printf is one host write (__vfprintf_sink,
 * shared with the wide printf family). */
#include <stdarg.h>

#include "stdio_impl.h"

/* An unbuffered stream's call: its own function, so that the buffer is allocated only here. */
static __attribute__((noinline)) int vformat_unbuffered(FILE *f, struct __sink *k, const char *fmt,
                                                        va_list ap) {
  unsigned char tmp[256];
  unsigned char *saved = f->buf;
  size_t saved_size = f->size;
  f->buf = tmp;
  f->size = sizeof tmp;
  f->mode = _IOFBF;
  int r = __vformat(k, fmt, ap);
  if (__stdio_flush(f)) r = -1;
  f->buf = saved;
  f->size = saved_size;
  f->mode = _IONBF;
  return r;
}

int __vfprintf_sink(FILE *f, struct __sink *k, const char *fmt, va_list ap) {
  if (__stdio_to_write(f)) return -1;
  if (f->mode != _IONBF) return __vformat(k, fmt, ap);
  return vformat_unbuffered(f, k, fmt, ap);
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap) {
  struct __sink k = {.f = f};
  return __vfprintf_sink(f, &k, fmt, ap);
}

int vprintf(const char *restrict fmt, va_list ap) { return vfprintf(stdout, fmt, ap); }

int fprintf(FILE *restrict f, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

int printf(const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfprintf(stdout, fmt, ap);
  va_end(ap);
  return r;
}
