/* wcrtomb, btowc, wctob: a wide character to multibyte and single bytes back and forth.
 * "C" locale: ASCII only; "C.UTF-8": UTF-8 of any code point but surrogates (EILSEQ for those
 * and for values past 0x10FFFF). The encoding has no shift states, so the state is only
 * reset. */
#include <errno.h>
#include <stdio.h>
#include <wchar.h>

#include "locale_impl.h"

size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict ps) {
  if (ps) ps->__count = 0;
  if (!s) return 1;
  unsigned u = (unsigned)wc;
  if (u < 0x80) {
    s[0] = (char)u;
    return 1;
  }
  if (!__libc_utf8 || (u >= 0xd800 && u < 0xe000) || u > 0x10ffff) {
    errno = EILSEQ;
    return (size_t)-1;
  }
  if (u < 0x800) {
    s[0] = (char)(0xc0 | u >> 6);
    s[1] = (char)(0x80 | (u & 0x3f));
    return 2;
  }
  if (u < 0x10000) {
    s[0] = (char)(0xe0 | u >> 12);
    s[1] = (char)(0x80 | (u >> 6 & 0x3f));
    s[2] = (char)(0x80 | (u & 0x3f));
    return 3;
  }
  s[0] = (char)(0xf0 | u >> 18);
  s[1] = (char)(0x80 | (u >> 12 & 0x3f));
  s[2] = (char)(0x80 | (u >> 6 & 0x3f));
  s[3] = (char)(0x80 | (u & 0x3f));
  return 4;
}

/* In both locales exactly the ASCII bytes are characters by themselves. */
wint_t btowc(int c) { return c >= 0 && c < 0x80 ? (wint_t)c : WEOF; }

int wctob(wint_t c) { return (unsigned)c < 0x80 ? (int)c : EOF; }
