/* swprintf, vswprintf, wprintf, vwprintf, fwprintf, vfwprintf: the narrow printf core run on
 * wide text. The wide format is turned into the internal byte form of locale_impl.h
 * (__wide_format: ENOMEM if that fails), and the core writes to a sink
 * whose wide() (stdio_impl.h) decodes what it produces: into the wide string for swprintf,
 * which stores at most n - 1 characters and a null and returns -1 (EOVERFLOW) when more
 * were needed, n == 0 included; into the stream's bytes in the locale's encoding for
 * fwprintf (EILSEQ for a character the "C" locale cannot encode), which orients the stream
 * wide (fwide) and fails with EINVAL on a byte-oriented one. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <wchar.h>

#include "locale_impl.h"
#include "stdio_impl.h"

static void count(struct __sink *k) {
  if (k->len < SIZE_MAX) k->len++;
}

/* swprintf's sink: the decoded characters into k->ws, the first k->cap of them. */
static void string_put(struct __sink *k, const char *p, size_t n) {
  while (n) {
    unsigned wc;
    size_t used = __wide_decode(p, n, &wc);
    if (!used) { /* not produced by the core: a libc bug */
      k->error = 1;
      errno = EILSEQ;
      return;
    }
    if (k->len < k->cap) k->ws[k->len] = (wchar_t)wc;
    count(k);
    p += used;
    n -= used;
  }
}

/* fwprintf's sink: the decoded characters in the locale's encoding, into the stream. */
static void stream_put(struct __sink *k, const char *p, size_t n) {
  unsigned char out[64];
  size_t len = 0;
  while (n && !k->error) {
    unsigned wc;
    size_t used = __wide_decode(p, n, &wc);
    mbstate_t st = {0};
    if (len > sizeof out - MB_MAX) {
      if (__fwritex(out, len, k->f) < len) k->error = 1;
      len = 0;
    }
    size_t m = used ? wcrtomb((char *)out + len, (wchar_t)wc, &st) : (size_t)-1;
    if (m == (size_t)-1) {
      errno = EILSEQ;
      k->error = 1;
      return;
    }
    len += m;
    count(k);
    p += used;
    n -= used;
  }
  if (len && !k->error && __fwritex(out, len, k->f) < len) k->error = 1;
}

int vswprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, va_list ap) {
  if (!n) {
    errno = EOVERFLOW;
    return -1;
  }
  struct __wide_format w;
  const char *nfmt = __wide_format(&w, fmt);
  if (!nfmt) return -1;
  struct __sink k = {.ws = s, .cap = n - 1, .wide = string_put};
  int r = __vformat(&k, nfmt, ap);
  __wide_format_free(&w);
  s[k.len < k.cap ? k.len : k.cap] = 0;
  if (r >= 0 && k.len > k.cap) {
    errno = EOVERFLOW;
    return -1;
  }
  return r;
}

int vfwprintf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap) {
  if (fwide(f, 1) <= 0) {
    errno = EINVAL;
    return -1;
  }
  struct __wide_format w;
  const char *nfmt = __wide_format(&w, fmt);
  if (!nfmt) return -1;
  struct __sink k = {.f = f, .wide = stream_put};
  int r = __vfprintf_sink(f, &k, nfmt, ap);
  __wide_format_free(&w);
  return r;
}

int vwprintf(const wchar_t *restrict fmt, va_list ap) { return vfwprintf(stdout, fmt, ap); }

int swprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswprintf(s, n, fmt, ap);
  va_end(ap);
  return r;
}

int fwprintf(FILE *restrict f, const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

int wprintf(const wchar_t *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwprintf(stdout, fmt, ap);
  va_end(ap);
  return r;
}
