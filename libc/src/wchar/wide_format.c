/* __wide_format, __wide_format_free: a wide format string turned into the internal byte form
 * of locale_impl.h, for the wprintf and wscanf families, which run the narrow cores on it.
 * Two passes over the format: its length, then the bytes (into w->small when they fit). */
#include <stdint.h>
#include <stdlib.h>
#include <wchar.h>

#include "locale_impl.h"

const char *__wide_format(struct __wide_format *w, const wchar_t *fmt) {
  char buf[WIDE_ENC_MAX];
  size_t n = 0;
  for (size_t i = 0; fmt[i]; i++) n += __wide_encode(buf, (unsigned)fmt[i]);
  w->p = n < sizeof w->small ? w->small : malloc(n + 1);
  if (!w->p) return NULL;
  n = 0;
  for (size_t i = 0; fmt[i]; i++) n += __wide_encode(w->p + n, (unsigned)fmt[i]);
  w->p[n] = 0;
  return w->p;
}

void __wide_format_free(struct __wide_format *w) {
  if (w->p != w->small) free(w->p);
}
