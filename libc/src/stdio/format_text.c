/* printf's conversions between multibyte and wide text: %lc and %ls of the narrow family, and
 * every %c, %s, %lc, %ls of the wide family (k->wide; see stdio_impl.h). Width and precision
 * count bytes for narrow output (%.3ls writes at most 3 bytes and never part of a character)
 * and wide characters for wide output.
 *
 * Narrow output encodes wide characters with wcrtomb (the locale's encoding: ASCII in "C",
 * UTF-8 in "C.UTF-8"), failing with EILSEQ on one it cannot encode. Wide output copies wide
 * arguments whatever their value, as glibc does, and decodes narrow ones with btowc (%c) or
 * mbrtowc (%s), failing with EILSEQ on an invalid sequence; the core passes it on in the
 * internal byte form of locale_impl.h, which the locale's valid multibyte text already is. */
#include <errno.h>
#include <wchar.h>

#include "locale_impl.h"
#include "stdio_impl.h"

static void pad_before(struct __sink *k, int flags, int width, size_t units) {
  if (!(flags & FL_MINUS) && (size_t)width > units) __sink_pad(k, ' ', width - (int)units);
}

static void pad_after(struct __sink *k, int flags, int width, size_t units) {
  if ((flags & FL_MINUS) && (size_t)width > units) __sink_pad(k, ' ', width - (int)units);
}

/* One wide character for the sink: internal form for wide output, else the locale's. */
static size_t encode(struct __sink *k, char *buf, wchar_t wc) {
  if (k->wide) return __wide_encode(buf, (unsigned)wc);
  mbstate_t st = {0};
  return wcrtomb(buf, wc, &st);
}

int __format_char(struct __sink *k, int c, int wide_arg, int flags, int width) {
  char buf[WIDE_ENC_MAX];
  wint_t wc = (wint_t)c;
  if (!wide_arg && (wc = btowc((unsigned char)c)) == WEOF) {
    errno = EILSEQ;
    return -1;
  }
  size_t n = encode(k, buf, (wchar_t)wc);
  if (n == (size_t)-1) return -1;
  size_t units = k->wide ? 1 : n;
  pad_before(k, flags, width, units);
  __sink_put(k, buf, n);
  pad_after(k, flags, width, units);
  return 0;
}

int __format_string(struct __sink *k, const void *arg, int wide_arg, int flags, int width,
                    int prec) {
  size_t lim = prec >= 0 ? (size_t)prec : (size_t)-1;
  if (!arg) {
    size_t n = lim < 6 ? 0 : 6;
    pad_before(k, flags, width, n);
    __sink_put(k, "(null)", n);
    pad_after(k, flags, width, n);
    return 0;
  }
  char buf[WIDE_ENC_MAX];
  size_t units = 0, count = 0;
  if (wide_arg) {
    const wchar_t *ws = arg;
    for (; ws[count] && units < lim; count++) {
      size_t n = k->wide ? 1 : encode(k, buf, ws[count]);
      if (n == (size_t)-1) return -1;
      if (n > lim - units) break;
      units += n;
    }
    pad_before(k, flags, width, units);
    for (size_t i = 0; i < count; i++) __sink_put(k, buf, encode(k, buf, ws[i]));
  } else { /* narrow string, wide output: count its characters, then pass its bytes on */
    const char *s = arg;
    mbstate_t st = {0};
    for (; units < lim; units++) {
      size_t n = mbrtowc(NULL, s + count, (size_t)-1, &st);
      if (n == (size_t)-1) return -1;
      if (!n) break;
      count += n;
    }
    pad_before(k, flags, width, units);
    __sink_put(k, s, count);
  }
  pad_after(k, flags, width, units);
  return 0;
}
