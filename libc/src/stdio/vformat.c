/* The one formatting core of the printf family: parses each conversion (flags - + space # 0,
 * width and precision with *, lengths hh h l ll z t j L q) and formats integers, characters,
 * strings and pointers here, floating point in format_float.c. As in glibc and musl, L on an
 * integer conversion means ll (%Lu, %Ld, %Lx), and so does BSD's q (%qd).
 *
 * %n is refused: writing through a pointer taken from the argument list is the classic
 * format-string exploit, and C11 programs rarely need it; it traps (Wasm unreachable, so the
 * engine reports it with the call stack). Positional arguments (%1$d) are handled by
 * vformat_positional.c, which calls back here for each conversion.
 * An unknown conversion fails with EINVAL. The ' flag is accepted and does nothing. %p prints
 * 0x and the address in hex, or "(nil)" for NULL, as glibc does; %s of NULL prints "(null)"
 * as glibc does. %lc and %ls, and every %c and %s of the wide printf family (k->wide), are
 * format_text.c's: they convert between the locale's multibyte text and wide characters. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "stdio_impl.h"

enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_T, LEN_J, LEN_BIGL };

/* Pads a body of len bytes (preceded by prefix) to width, honouring - and 0. */
static void put_padded(struct __sink *k, const char *prefix, size_t plen, int zeros,
                       const char *body, size_t len, int width, int flags) {
  long long total = (long long)plen + zeros + (long long)len;
  int pad = width > total ? (int)(width - total) : 0;
  if (!(flags & FL_MINUS) && !(flags & FL_ZERO)) __sink_pad(k, ' ', pad);
  __sink_put(k, prefix, plen);
  if (!(flags & FL_MINUS) && (flags & FL_ZERO)) __sink_pad(k, '0', pad);
  __sink_pad(k, '0', zeros);
  __sink_put(k, body, len);
  if (flags & FL_MINUS) __sink_pad(k, ' ', pad);
}

static void format_int(struct __sink *k, int neg, unsigned long long u, int conv, int flags,
                       int width, int prec) {
  char *digits = k->scratch, *prefix = k->scratch + 24; /* 22 octal digits at most */
  char *end = digits + 24, *p = end;
  const char *hex = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  unsigned base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X' || conv == 'p') ? 16 : 10;
  if (u || prec != 0) {
    do *--p = hex[u % base]; while (u /= base);
  }
  int nd = (int)(end - p);
  size_t plen = 0;
  if (conv == 'd' || conv == 'i') {
    if (neg) prefix[plen++] = '-';
    else if (flags & FL_PLUS) prefix[plen++] = '+';
    else if (flags & FL_SPACE) prefix[plen++] = ' ';
  } else if ((flags & FL_ALT) && base == 16 && nd && !(nd == 1 && *p == '0')) {
    prefix[plen++] = '0';
    prefix[plen++] = conv == 'X' ? 'X' : 'x';
  }
  if (prec >= 0) flags &= ~FL_ZERO; /* a precision given by the format, not by # below */
  if ((flags & FL_ALT) && base == 8 && (nd == 0 || *p != '0') && prec <= nd) prec = nd + 1;
  int zeros = prec > nd ? prec - nd : 0;
  put_padded(k, prefix, plen, zeros, p, (size_t)nd, width, flags);
}

/* Reads a decimal field; INT_MAX stands for "too large" (the caller fails with EOVERFLOW).
 * Always inlined: otherwise &fmt would make fmt a stack segment of every printf. */
static inline __attribute__((always_inline)) int read_num(const char **fmt) {
  int n = 0;
  for (; **fmt >= '0' && **fmt <= '9'; (*fmt)++)
    n = n > (INT_MAX - 9) / 10 ? INT_MAX : n * 10 + (**fmt - '0');
  return n;
}

int __vformat(struct __sink *k, const char *fmt, va_list ap) {
  if (__format_is_positional(fmt)) return __vformat_positional(k, fmt, ap);
  for (;;) {
    const char *lit = fmt;
    while (*fmt && *fmt != '%') fmt++;
    __sink_put(k, lit, (size_t)(fmt - lit));
    if (!*fmt) break;
    fmt++;

    int flags = 0;
    for (;; fmt++) {
      if (*fmt == '-') flags |= FL_MINUS;
      else if (*fmt == '+') flags |= FL_PLUS;
      else if (*fmt == ' ') flags |= FL_SPACE;
      else if (*fmt == '#') flags |= FL_ALT;
      else if (*fmt == '0') flags |= FL_ZERO;
      else if (*fmt == '\'') continue; /* grouping: the C locale has none */
      else break;
    }
    int width = 0, prec = -1;
    if (*fmt == '*') {
      fmt++;
      width = va_arg(ap, int);
      if (width < 0) {
        flags |= FL_MINUS;
        width = width == INT_MIN ? INT_MAX : -width;
      }
    } else {
      width = read_num(&fmt);
    }
    if (*fmt == '.') {
      fmt++;
      if (*fmt == '*') {
        fmt++;
        prec = va_arg(ap, int);
        if (prec < 0) prec = -1;
      } else {
        prec = read_num(&fmt);
      }
    }
    if (width == INT_MAX || prec == INT_MAX) {
      errno = EOVERFLOW;
      return -1;
    }
    if (flags & FL_MINUS) flags &= ~FL_ZERO;
    if (flags & FL_PLUS) flags &= ~FL_SPACE;

    int len = LEN_NONE;
    switch (*fmt) {
    case 'h':
      len = fmt[1] == 'h' ? LEN_HH : LEN_H;
      fmt += len == LEN_HH ? 2 : 1;
      break;
    case 'l':
      len = fmt[1] == 'l' ? LEN_LL : LEN_L;
      fmt += len == LEN_LL ? 2 : 1;
      break;
    case 'z': len = LEN_Z; fmt++; break;
    case 't': len = LEN_T; fmt++; break;
    case 'j': len = LEN_J; fmt++; break;
    case 'L': len = LEN_BIGL; fmt++; break;
    case 'q': len = LEN_LL; fmt++; break; /* BSD's quad: long long, as glibc */
    }

    int conv = *fmt++;
    switch (conv) {
    case '%':
      __sink_put(k, "%", 1);
      break;
    case 'd':
    case 'i': {
      long long v;
      switch (len) {
      case LEN_HH: v = (signed char)va_arg(ap, int); break;
      case LEN_H: v = (short)va_arg(ap, int); break;
      case LEN_L: case LEN_Z: case LEN_T: v = va_arg(ap, long); break;
      case LEN_LL: case LEN_J: case LEN_BIGL: v = va_arg(ap, long long); break;
      default: v = va_arg(ap, int); break;
      }
      unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
      format_int(k, v < 0, u, conv, flags, width, prec);
      break;
    }
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      unsigned long long u;
      switch (len) {
      case LEN_HH: u = (unsigned char)va_arg(ap, unsigned); break;
      case LEN_H: u = (unsigned short)va_arg(ap, unsigned); break;
      case LEN_L: case LEN_Z: case LEN_T: u = va_arg(ap, unsigned long); break;
      case LEN_LL: case LEN_J: case LEN_BIGL: u = va_arg(ap, unsigned long long); break;
      default: u = va_arg(ap, unsigned); break;
      }
      format_int(k, 0, u, conv, flags, width, prec);
      break;
    }
    case 'p': {
      void *p = va_arg(ap, void *);
      if (!p) put_padded(k, "", 0, 0, "(nil)", 5, width, flags & ~FL_ZERO);
      else format_int(k, 0, (uintptr_t)p, 'p', flags | FL_ALT, width, prec);
      break;
    }
    case 'c': {
      int v = va_arg(ap, int);
      if (len == LEN_L || k->wide) { /* format_text.c */
        if (__format_char(k, v, len == LEN_L, flags, width)) return -1;
        break;
      }
      k->scratch[0] = (char)v;
      put_padded(k, "", 0, 0, k->scratch, 1, width, flags & ~FL_ZERO);
      break;
    }
    case 's': {
      if (len == LEN_L || k->wide) { /* format_text.c */
        if (__format_string(k, va_arg(ap, const void *), len == LEN_L, flags, width, prec))
          return -1;
        break;
      }
      const char *s = va_arg(ap, const char *);
      if (!s) s = prec >= 0 && prec < 6 ? "" : "(null)";
      size_t n = prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s);
      put_padded(k, "", 0, 0, s, n, width, flags & ~FL_ZERO);
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A': {
      double x = len == LEN_BIGL ? (double)va_arg(ap, long double) : va_arg(ap, double);
      __format_float(k, x, flags, width, prec, conv);
      break;
    }
    case 'n':
      /* Refused on purpose: see the comment at the top of this file. */
      __builtin_trap();
    default:
      errno = EINVAL;
      return -1;
    }
  }

  if (k->error) return -1;
  if (k->len > INT_MAX) {
    errno = EOVERFLOW;
    return -1;
  }
  return (int)k->len;
}
