/* The one input-conversion core of the scanf family. Input comes from a stream (fgetc/ungetc)
 * or a string; at most one character is pushed back, as C's model of scanf requires (so "1e"
 * followed by a letter is a matching failure, as in glibc). Numbers are collected into a small
 * buffer following the syntax of their conversion, then converted with strtoull/strtod.
 * Where C and glibc differ, this follows glibc: "1e" and "1e+" read as 1 (the exponent
 * characters are consumed), "nan" takes no "(chars)", and %5c accepts a shorter last item.
 * Conversions: d i u o x X c s [ n % e f g a (and upper case), with *, widths and the length
 * modifiers hh h l ll j z t L. %p is refused (EINVAL): it would have to build a pointer from an
 * integer, which MSWasm forbids (the result could never be used). */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "stdio_impl.h"

enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_T, LEN_J, LEN_BIGL };

struct source {
  FILE *f;                 /* a stream, or */
  const unsigned char *s;  /* a string */
  size_t pos;              /* next byte of s */
  size_t count;            /* characters consumed (for %n) */
};

static int next(struct source *r) {
  int c;
  if (r->f) {
    c = fgetc(r->f);
  } else {
    c = r->s[r->pos];
    if (c) r->pos++;
    else c = EOF;
  }
  if (c != EOF) r->count++;
  return c;
}

static void back(struct source *r, int c) {
  if (c == EOF) return;
  r->count--;
  if (r->f) ungetc(c, r->f);
  else r->pos--;
}

static int skip_space(struct source *r) {
  int c;
  while ((c = next(r)) != EOF && isspace(c)) {
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
  if (c >= '0' && c <= '9') return c - '0' < base;
  if (base > 10 && isalpha(c)) return (c | 32) - 'a' + 10 < base;
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
  for (; word[n] && *c != EOF && tolower(*c) == word[n]; n++) take(r, it, c);
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
  for (; hex ? isxdigit(c) : isdigit(c); digits++) take(r, it, &c);
  if (c == '.') {
    take(r, it, &c);
    for (; hex ? isxdigit(c) : isdigit(c); digits++) take(r, it, &c);
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
    for (; isdigit(c); exp++) take(r, it, &c);
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

/* Parses the scanset after '[' into set; returns the format after the closing ']'. */
static const char *scanset(const char *fmt, unsigned char set[256]) {
  int invert = *fmt == '^';
  if (invert) fmt++;
  memset(set, 0, 256);
  if (*fmt == ']') set[(unsigned char)*fmt++] = 1;
  for (; *fmt && *fmt != ']'; fmt++) {
    unsigned char lo = (unsigned char)*fmt;
    if (fmt[1] == '-' && fmt[2] && fmt[2] != ']' && (unsigned char)fmt[2] >= lo) {
      for (unsigned hi = (unsigned char)fmt[2], ch = lo; ch <= hi; ch++) set[ch] = 1;
      fmt += 2;
    } else {
      set[lo] = 1;
    }
  }
  if (invert)
    for (int i = 0; i < 256; i++) set[i] = !set[i];
  return *fmt ? fmt + 1 : fmt;
}

/* The stores go through a pointer to the caller's va_list (C11 7.16, footnote 253); no
 * va_copy, which the code generator does not lower at -O0. */
static int vscan(struct source *r, const char *fmt, va_list *ap) {
  int assigned = 0, converted = 0;
  for (; *fmt; fmt++) {
    if (isspace((unsigned char)*fmt)) {
      skip_space(r);
      continue;
    }
    if (*fmt != '%' || fmt[1] == '%') {
      if (*fmt == '%') {
        fmt++;
        skip_space(r);
      }
      int c = next(r);
      if (c != (unsigned char)*fmt) {
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
    for (; isdigit((unsigned char)*fmt); fmt++)
      width = width > (INT_MAX - 9) / 10 ? INT_MAX : width * 10 + (*fmt - '0');
    int len = LEN_NONE;
    switch (*fmt) {
    case 'h': len = fmt[1] == 'h' ? LEN_HH : LEN_H; fmt += len == LEN_HH ? 2 : 1; break;
    case 'l': len = fmt[1] == 'l' ? LEN_LL : LEN_L; fmt += len == LEN_LL ? 2 : 1; break;
    case 'z': len = LEN_Z; fmt++; break;
    case 't': len = LEN_T; fmt++; break;
    case 'j': len = LEN_J; fmt++; break;
    case 'L': len = LEN_BIGL; fmt++; break;
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
      char *dst = suppress ? NULL : va_arg(*ap, char *);
      for (; k < n && (c = next(r)) != EOF; k++)
        if (dst) dst[k] = (char)c;
      if (!k) { /* a short read still counts (as glibc) */
        if (!converted) assigned = EOF;
        ok = 0;
      }
      break;
    }
    case 's':
    case '[': {
      unsigned char set[256];
      if (conv == '[') fmt = scanset(fmt + 1, set) - 1;
      char *dst = suppress ? NULL : va_arg(*ap, char *);
      int k = 0, c = 0;
      while (k < it.width && (c = next(r)) != EOF) {
        if (conv == 's' ? isspace(c) : !set[c]) {
          back(r, c);
          break;
        }
        if (dst) dst[k] = (char)c;
        k++;
      }
      if (!k) {
        if (c == EOF && !converted) assigned = EOF;
        ok = 0;
      } else if (dst) {
        dst[k] = 0;
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
