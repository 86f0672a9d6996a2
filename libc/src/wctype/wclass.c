/* The classification behind <wctype.h>: __wclass gives a character's classes as a bit mask.
 *
 * "C" locale: ASCII only, as <ctype.h> classifies it; everything else is in no class.
 * "C.UTF-8": ASCII and Latin-1 (0x80-0xff) as Unicode and glibc classify them (0x80-0x9f
 * controls; 0xaa, 0xb5, 0xba and the letters 0xc0-0xff but 0xd7 and 0xf7 alphabetic; every
 * other character of 0xa0-0xbf punctuation, 0xa0 included); beyond Latin-1 only an
 * approximation: Unicode's spaces and blanks, the line and paragraph separators as controls,
 * letters that have a case pair in towupper/towlower (casemap.c) alphabetic and upper or
 * lower case, and every other code point (not a surrogate, not past 0x10FFFF) printing and
 * graphic but in no other class: neither alphabetic nor punctuation, so glibc's full Unicode
 * tables (CJK as alphabetic, symbols as punctuation, unassigned code points as unprintable)
 * are not reproduced. */
#include "wctype_impl.h"

#include "locale_impl.h"

static unsigned ascii_class(unsigned c) {
  if (c < 0x20 || c == 0x7f)
    return W_CNTRL | (c >= 9 && c <= 13 ? W_SPACE : 0) | (c == '\t' ? W_BLANK : 0);
  if (c == ' ') return W_SPACE | W_BLANK | W_PRINT;
  unsigned m = W_PRINT | W_GRAPH;
  if (c >= '0' && c <= '9') return m | W_DIGIT | W_XDIGIT;
  if (c >= 'A' && c <= 'Z') return m | W_ALPHA | W_UPPER | (c <= 'F' ? W_XDIGIT : 0);
  if (c >= 'a' && c <= 'z') return m | W_ALPHA | W_LOWER | (c <= 'f' ? W_XDIGIT : 0);
  return m | W_PUNCT;
}

static unsigned latin1_class(unsigned c) {
  if (c < 0xa0) return W_CNTRL;
  unsigned m = W_PRINT | W_GRAPH;
  if (c == 0xaa || c == 0xb5 || c == 0xba) return m | W_ALPHA | W_LOWER;
  if (c < 0xc0 || c == 0xd7 || c == 0xf7) return m | W_PUNCT;
  return m | W_ALPHA | (c < 0xdf ? W_UPPER : W_LOWER);
}

static unsigned unicode_class(unsigned c) {
  if (c > 0x10ffff || (c >= 0xd800 && c < 0xe000)) return 0;
  if (c == 0x2028 || c == 0x2029) return W_SPACE | W_CNTRL;
  if (c == 0x1680 || (c >= 0x2000 && c <= 0x200a && c != 0x2007) || c == 0x205f ||
      c == 0x3000)
    return W_SPACE | W_BLANK | W_PRINT;
  unsigned m = W_PRINT | W_GRAPH;
  if (__towcase(c, 0) != c) return m | W_ALPHA | W_UPPER;
  if (__towcase(c, 1) != c) return m | W_ALPHA | W_LOWER;
  return m;
}

unsigned __wclass(wint_t wc) {
  unsigned c = (unsigned)wc;
  if (c < 0x80) return ascii_class(c);
  if (!__libc_utf8) return 0;
  return c < 0x100 ? latin1_class(c) : unicode_class(c);
}
