/* swscanf, vswscanf, wscanf, vwscanf, fwscanf, vfwscanf: the narrow scanf core (stdio/vscan.c)
 * run on wide input, with the wide format turned into the internal byte form of locale_impl.h
 * (__wide_format: EOF with ENOMEM if that fails). The stream forms read with fgetwc, orient
 * the stream wide (fwide) and fail with EINVAL on a byte-oriented one. */
#include <errno.h>
#include <stdarg.h>
#include <wchar.h>

#include "locale_impl.h"
#include "stdio_impl.h"

int vswscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, va_list ap) {
  struct __wide_format w;
  const char *nfmt = __wide_format(&w, fmt);
  if (!nfmt) return EOF;
  int r = __vscan_wstring(s, nfmt, ap);
  __wide_format_free(&w);
  return r;
}

int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap) {
  if (fwide(f, 1) <= 0) {
    errno = EINVAL;
    return EOF;
  }
  struct __wide_format w;
  const char *nfmt = __wide_format(&w, fmt);
  if (!nfmt) return EOF;
  int r = __vscan_wstream(f, nfmt, ap);
  __wide_format_free(&w);
  return r;
}

int vwscanf(const wchar_t *restrict fmt, va_list ap) { return vfwscanf(stdin, fmt, ap); }

int swscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswscanf(s, fmt, ap);
  va_end(ap);
  return r;
}

int fwscanf(FILE *restrict f, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwscanf(f, fmt, ap);
  va_end(ap);
  return r;
}

int wscanf(const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwscanf(stdin, fmt, ap);
  va_end(ap);
  return r;
}
