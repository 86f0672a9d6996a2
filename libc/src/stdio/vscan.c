/* The one input-conversion core of the scanf family. Input comes from a stream (fgetc/ungetc)
 * or a string; at most one character is pushed back, as C's model of scanf requires (so "1e"
 * followed by a letter is a matching failure, as in glibc). Numbers are collected into a small
 * buffer following the syntax of their conversion, then converted with strtoull/strtod.
 * Where C and glibc differ, this follows glibc: "1e" and "1e+" read as 1 (the exponent
 * characters are consumed), "nan" takes no "(chars)", and %5c accepts a shorter last item.
 * Conversions: d i u o x X c s [ n % e f g a (and upper case), with *, widths and the length
 * modifiers hh h l ll j z t L. %p is refused (EINVAL): it would have to build a pointer from an
 * integer, which MSWasm forbids (the result could never be used).
 *
 * Wide input (the wscanf family, src/wchar/wscanf.c): the source then yields wide characters
 * (fgetwc/ungetwc, or a wchar_t string), and the format is in the internal byte form of
 * locale_impl.h, whose literal and scanset characters are decoded (fmt_char); directives are
 * ASCII in both forms. Only ASCII characters can belong to a number. %c, %s and %[ convert
 * between the input's kind and the destination's (struct dest): wide input into a char array
 * as by wcrtomb, and, with l, narrow input into a wchar_t array as by mbrtowc (EILSEQ on an
 * encoding error, a matching failure). */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <wchar.h>
#include <wctype.h>

#include "locale_impl.h"
#include "stdio_impl.h"

enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_T, LEN_J, LEN_BIGL };

struct source {
  FILE *f;                 /* a stream, or */
  const unsigned char *s;  /* a string, or */
  const wchar_t *ws;       /* a wide string */
  int wide;                /* wide characters (f read with fgetwc, or ws) */
  size_t pos;              /* next character of s or ws */
  size_t count;            /* characters consumed (for %n) */
};

static int next(struct source *r) {
  int c;
  if (r->f) {
    c = r->wide ? (int)fgetwc(r->f) : fgetc(r->f);
  } else {
    c = r->wide ? (int)r->ws[r->pos] : r->s[r->pos];
    if (c) r->pos++;
    else c = EOF;
  }
  if (c != EOF) r->count++;
  return c;
}

static void back(struct source *r, int c) {
  if (c == EOF) return;
  r->count--;
  if (!r->f) r->pos--;
  else if (r->wide) ungetwc((wint_t)c, r->f);
  else ungetc(c, r->f);
}

static int is_space(const struct source *r, int c) {
  return r->wide ? iswspace((wint_t)c) : isspace(c);
}

/* ASCII classes for numbers (a wide character may be far past isdigit's domain). */
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int is_xdigit(int c) { return is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'f'); }

/* One character of the format at p: its value in *ch, its length in bytes. */
static size_t fmt_char(const struct source *r, const char *p, unsigned *ch) {
  if (r->wide) {
    size_t n = 0;
    while (n < WIDE_ENC_MAX && p[n]) n++;
    size_t used = __wide_decode(p, n, ch);
    if (used) return used;
  }
  *ch = (unsigned char)*p;
  return 1;
}

static int skip_space(struct source *r) {
  int c;
  while ((c = next(r)) != EOF && is_space(r, c)) {
  }
  back(r, c);
  return c;
}

/* The characters of one input item (an item longer than buf keeps its first 511). */
struct item {
  char buf[512];
  int n;
  int width; /* characters still allowed by the conversion's width */
};

/* Appends c to the item and reads the next character (EOF once the width is used up). */
static void take(struct source *r, struct item *it, int *c) {
  if (it->n < (int)sizeof it->buf - 1) it->buf[it->n++] = (char)*c;
  it->width--;
  *c = it->width > 0 ? next(r) : EOF;
}

static int digit_in(int c, int base) {
  if (is_digit(c)) return c - '0' < base;
  if (base > 10 && is_alpha(c)) return (c | 32) - 'a' + 10 < base;
  return 0;
}

/* Collects an integer of the given base (0: C's prefixes); 0 on a matching failure. */
static int scan_int(struct source *r, struct item *it, int base) {
  int c = next(r);
  if (c == '+' || c == '-') take(r, it, &c);
  if ((base == 0 || base == 16) && c == '0') {
    take(r, it, &c);
    if ((c | 32) == 'x') {
      take(r, it, &c);
      base = 16;
    } else if (base == 0) {
      base = 8;
    }
    while (digit_in(c, base)) take(r, it, &c);
    back(r, c);
    return 1; /* "0" or "0x": zero */
  }
  if (base == 0) base = 10;
  int digits = 0;
  for (; digit_in(c, base); digits++) take(r, it, &c);
  back(r, c);
  return digits > 0;
}

/* Matches the letters of word case-insensitively; the number matched. */
static int take_word(struct source *r, struct item *it, int *c, const char *word) {
  int n = 0;
  for (; word[n] && *c != EOF && (*c | 32) == word[n] && is_alpha(*c); n++) take(r, it, c);
  return n;
}

/* Collects a floating-point number; 0 on a matching failure. */
static int scan_float(struct source *r, struct item *it) {
  int c = next(r);
  if (c == '+' || c == '-') take(r, it, &c);
  if ((c | 32) == 'i' || (c | 32) == 'n') {
    int ok;
    if ((c | 32) == 'i') {
      ok = take_word(r, it, &c, "inf") == 3;
      if (ok && (c | 32) == 'i') ok = take_word(r, it, &c, "inity") == 5;
    } else {
      ok = take_word(r, it, &c, "nan") == 3; /* no "(chars)": glibc's scanf takes none */
    }
    back(r, c);
    return ok;
  }
  int hex = 0, digits = 0;
  if (c == '0') {
    take(r, it, &c);
    digits = 1;
    if ((c | 32) == 'x') {
      take(r, it, &c);
      hex = 1;
      digits = 0;
    }
  }
  for (; hex ? is_xdigit(c) : is_digit(c); digits++) take(r, it, &c);
  if (c == '.') {
    take(r, it, &c);
    for (; hex ? is_xdigit(c) : is_digit(c); digits++) take(r, it, &c);
  }
  if (!digits) {
    back(r, c);
    return 0;
  }
  if ((c | 32) == (hex ? 'p' : 'e')) {
    int mantissa = it->n;
    take(r, it, &c);
    if (c == '+' || c == '-') take(r, it, &c);
    int exp = 0;
    for (; is_digit(c); exp++) take(r, it, &c);
    if (!exp) it->n = mantissa; /* "1e" or "1e+": consumed, the number is 1 (as glibc) */
  }
  back(r, c);
  return 1;
}

static void store_int(va_list *ap, int len, unsigned long long v) {
  switch (len) {
  case LEN_HH: *va_arg(*ap, signed char *) = (signed char)v; break;
  case LEN_H: *va_arg(*ap, short *) = (short)v; break;
  case LEN_L: case LEN_Z: case LEN_T: *va_arg(*ap, long *) = (long)v; break;
  case LEN_LL: case LEN_J: case LEN_BIGL: *va_arg(*ap, long long *) = (long long)v; break;
  default: *va_arg(*ap, int *) = (int)v; break;
  }
}

/* A scanset: the characters between '[' (and '^') and the closing ']' of the format. */
struct scanset {
  const char *begin, *end;
  int invert;
};

/* Parses the scanset after '['; returns the format after the closing ']'. A ']' first is a
 * member; "a-z" is a range when z >= a and is not the closing ']'. */
static const char *scanset(const struct source *r, const char *fmt, struct scanset *set) {
  set->invert = *fmt == '^';
  if (set->invert) fmt++;
  set->begin = fmt;
  if (*fmt == ']') fmt++;
  while (*fmt && *fmt != ']') {
    unsigned ch;
    fmt += fmt_char(r, fmt, &ch);
  }
  set->end = fmt;
  return *fmt ? fmt + 1 : fmt;
}

static int in_scanset(const struct source *r, const struct scanset *set, int c) {
  unsigned ch = (unsigned)c;
  int found = 0;
  for (const char *p = set->begin; p < set->end && !found;) {
    unsigned lo, hi;
    p += fmt_char(r, p, &lo);
    if (*p == '-' && p + 1 < set->end) {
      size_t n = fmt_char(r, p + 1, &hi);
      if (hi >= lo) {
        found = ch >= lo && ch <= hi;
        p += 1 + n;
        continue;
      }
    }
    found = ch == lo;
  }
  return found != set->invert;
}

/* Where %c, %s and %[ store: a char array (s) or, with l, a wchar_t array (w); n elements
 * stored so far; st for the conversion between multibyte and wide characters. */
struct dest {
  char *s;
  wchar_t *w;
  size_t n;
  mbstate_t st;
};

/* Stores the input character c; -1 with EILSEQ on an encoding error. */
static int put(const struct source *r, struct dest *d, int c) {
  if (!d->s && !d->w) return 0; /* suppressed (an encoding error then goes unnoticed) */
  if (d->w && r->wide) {
    d->w[d->n++] = (wchar_t)c;
  } else if (d->w) {
    char b = (char)c;
    wchar_t wc;
    size_t m = mbrtowc(&wc, &b, 1, &d->st);
    if (m == (size_t)-1) return -1;
    if (m != (size_t)-2) d->w[d->n++] = wc;
  } else if (r->wide) {
    size_t m = wcrtomb(d->s + d->n, (wchar_t)c, &d->st);
    if (m == (size_t)-1) return -1;
    d->n += m;
  } else {
    d->s[d->n++] = (char)c;
  }
  return 0;
}

/* Whether the stored characters end in the initial shift state (narrow input into wchar_t:
 * a multibyte character cut by the end of the item is an encoding error). */
static int put_done(struct dest *d) {
  if (d->w && !mbsinit(&d->st)) {
    errno = EILSEQ;
    return 0;
  }
  return 1;
}

/* The stores go through a pointer to the caller's va_list (C11 7.16, footnote 253); no
 * va_copy, which the code generator does not lower at -O0. */
static int vscan(struct source *r, const char *fmt, va_list *ap) {
  int assigned = 0, converted = 0;
  for (; *fmt; fmt++) {
    unsigned ch;
    size_t chlen = fmt_char(r, fmt, &ch);
    if (is_space(r, (int)ch)) {
      fmt += chlen - 1;
      skip_space(r);
      continue;
    }
    if (*fmt != '%' || fmt[1] == '%') {
      if (*fmt == '%') {
        fmt++;
        skip_space(r);
      }
      fmt += chlen - 1;
      int c = next(r);
      if (c != (int)ch) {
        back(r, c);
        if (c == EOF && !converted) assigned = EOF;
        break;
      }
      continue;
    }
    fmt++;
    int suppress = *fmt == '*';
    if (suppress) fmt++;
    int width = 0;
    for (; is_digit(*fmt); fmt++)
      width = width > (INT_MAX - 9) / 10 ? INT_MAX : width * 10 + (*fmt - '0');
    int len = LEN_NONE;
    switch (*fmt) {
    case 'h': len = fmt[1] == 'h' ? LEN_HH : LEN_H; fmt += len == LEN_HH ? 2 : 1; break;
    case 'l': len = fmt[1] == 'l' ? LEN_LL : LEN_L; fmt += len == LEN_LL ? 2 : 1; break;
    case 'z': len = LEN_Z; fmt++; break;
    case 't': len = LEN_T; fmt++; break;
    case 'j': len = LEN_J; fmt++; break;
    case 'L': len = LEN_BIGL; fmt++; break;
    case 'q': len = LEN_LL; fmt++; break; /* BSD's quad: long long, as glibc */
    }
    int conv = *fmt;
    if (!conv) break;
    if (conv == 'n') {
      if (!suppress) store_int(ap, len, r->count);
      continue;
    }
    if (conv != 'c' && conv != '[' && skip_space(r) == EOF) {
      if (!converted) assigned = EOF;
      break;
    }
    struct item it = {.n = 0, .width = width ? width : INT_MAX};
    int ok = 1;
    switch (conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
      ok = scan_int(r, &it, base);
      if (ok && !suppress) {
        it.buf[it.n] = 0;
        int saved = errno;
        /* An out-of-range number is undefined in C; like glibc, it saturates in long (long
         * long for ll, j and L) before the store truncates it. */
        int wide = len == LEN_LL || len == LEN_J || len == LEN_BIGL;
        int sgn = conv == 'd' || conv == 'i';
        unsigned long long v =
            wide ? (sgn ? (unsigned long long)strtoll(it.buf, NULL, base)
                        : strtoull(it.buf, NULL, base))
                 : (sgn ? (unsigned long long)strtol(it.buf, NULL, base)
                        : strtoul(it.buf, NULL, base));
        errno = saved;
        store_int(ap, len, v);
      }
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A': {
      ok = scan_float(r, &it);
      if (ok) {
        it.buf[it.n] = 0;
        char *end;
        if (len == LEN_L || len == LEN_BIGL) {
          double d = strtod(it.buf, &end);
          if (*end) ok = 0;
          else if (!suppress) *va_arg(*ap, double *) = d;
        } else { /* strtof: rounding through double would round twice */
          float f = strtof(it.buf, &end);
          if (*end) ok = 0;
          else if (!suppress) *va_arg(*ap, float *) = f;
        }
      }
      break;
    }
    case 'c': {
      int n = width ? width : 1, k = 0, c = 0;
      struct dest d = {0};
      if (!suppress && len == LEN_L) d.w = va_arg(*ap, wchar_t *);
      else if (!suppress) d.s = va_arg(*ap, char *);
      for (; k < n && (c = next(r)) != EOF; k++)
        if (put(r, &d, c) < 0) break;
      if (k < n && c != EOF) { /* encoding error */
        errno = EILSEQ;
        ok = 0;
      } else if (!k) { /* a short read still counts (as glibc) */
        if (!converted) assigned = EOF;
        ok = 0;
      } else {
        ok = put_done(&d);
      }
      break;
    }
    case 's':
    case '[': {
      struct scanset set;
      if (conv == '[') fmt = scanset(r, fmt + 1, &set) - 1;
      struct dest d = {0};
      if (!suppress && len == LEN_L) d.w = va_arg(*ap, wchar_t *);
      else if (!suppress) d.s = va_arg(*ap, char *);
      int k = 0, c = 0, bad = 0;
      while (k < it.width && (c = next(r)) != EOF) {
        if (conv == 's' ? is_space(r, c) : !in_scanset(r, &set, c)) {
          back(r, c);
          break;
        }
        if (put(r, &d, c) < 0) {
          bad = 1;
          break;
        }
        k++;
      }
      if (bad) {
        errno = EILSEQ;
        ok = 0;
      } else if (!k) {
        if (c == EOF && !converted) assigned = EOF;
        ok = 0;
      } else {
        if (d.w) d.w[d.n] = 0;
        else if (d.s) d.s[d.n] = 0;
        ok = put_done(&d);
      }
      break;
    }
    default:
      errno = EINVAL; /* %p and unknown conversions */
      ok = 0;
      break;
    }
    if (!ok) break;
    converted = 1;
    if (!suppress) assigned++;
  }
  return assigned;
}

int __vscan_stream(FILE *f, const char *fmt, va_list ap) {
  struct source r = {.f = f};
  return vscan(&r, fmt, &ap);
}

int __vscan_string(const char *s, const char *fmt, va_list ap) {
  struct source r = {.s = (const unsigned char *)s};
  return vscan(&r, fmt, &ap);
}

int __vscan_wstream(FILE *f, const char *fmt, va_list ap) {
  struct source r = {.f = f, .wide = 1};
  return vscan(&r, fmt, &ap);
}

int __vscan_wstring(const wchar_t *s, const char *fmt, va_list ap) {
  struct source r = {.ws = s, .wide = 1};
  return vscan(&r, fmt, &ap);
}
