/* Floating-point conversions of printf: %e %E %f %F %g %G %a %A.
 *
 * Decimal conversions are exact. A finite double is m * 2^e with m < 2^53. If e >= 0 it is the
 * integer m * 2^e; otherwise it is (m * 5^-e) / 10^-e. Either way a big integer N (base 10^9
 * limbs) and a power of ten give every decimal digit of the value exactly (at most 767
 * significant digits). The digits are then rounded once, at the position the conversion asks
 * for, to nearest with ties to even (what glibc does in the default rounding mode), and laid
 * out. %a prints the binary significand in hex, rounded the same way when a precision is given.
 * NaN prints as nan (-nan when its sign bit is set), infinity as inf. */
#include <stdint.h>
#include <string.h>

#include "stdio_impl.h"

#define LIMBS 90      /* 767 digits / 9 per limb, rounded up, with room */
#define MAXDIGITS 800 /* digits of N */

struct decimal {
  char d[MAXDIGITS]; /* significant digits, no leading or trailing zeros */
  int nd;            /* number of digits; 0 means the value is zero */
  int dp;            /* value = 0.d[0]d[1]... * 10^dp */
};

static void mul_small(uint32_t *limb, int *n, uint32_t m) {
  uint64_t carry = 0;
  for (int i = 0; i < *n; i++) {
    uint64_t t = (uint64_t)limb[i] * m + carry;
    limb[i] = (uint32_t)(t % 1000000000u);
    carry = t / 1000000000u;
  }
  while (carry) {
    limb[(*n)++] = (uint32_t)(carry % 1000000000u);
    carry /= 1000000000u;
  }
}

/* The exact decimal digits of the finite, nonzero |x|. */
static void to_decimal(double x, struct decimal *out) {
  uint64_t bits;
  __builtin_memcpy(&bits, &x, sizeof bits);
  int be = (int)(bits >> 52 & 0x7ff);
  uint64_t m = bits & ((1ull << 52) - 1);
  int e;
  if (be) {
    m |= 1ull << 52;
    e = be - 1075;
  } else {
    e = -1074;
  }
  while (!(m & 1)) {
    m >>= 1;
    e++;
  }
  uint32_t limb[LIMBS];
  int n = 0;
  for (uint64_t t = m; t; t /= 1000000000u) limb[n++] = (uint32_t)(t % 1000000000u);
  int k = 0; /* value = N / 10^k */
  if (e >= 0) {
    for (; e >= 28; e -= 28) mul_small(limb, &n, 1u << 28);
    if (e) mul_small(limb, &n, 1u << e);
  } else {
    k = -e;
    int f = k;
    for (; f >= 13; f -= 13) mul_small(limb, &n, 1220703125u); /* 5^13 */
    uint32_t p = 1;
    while (f--) p *= 5;
    if (p > 1) mul_small(limb, &n, p);
  }
  /* Digits, most significant first. */
  char *d = out->d;
  int nd = 0;
  char tmp[9];
  uint32_t top = limb[n - 1];
  int t = 0;
  do tmp[t++] = (char)('0' + top % 10); while (top /= 10);
  while (t) d[nd++] = tmp[--t];
  for (int i = n - 2; i >= 0; i--) {
    uint32_t v = limb[i];
    for (int j = 8; j >= 0; j--) {
      d[nd + j] = (char)('0' + v % 10);
      v /= 10;
    }
    nd += 9;
  }
  out->dp = nd - k;
  while (nd && d[nd - 1] == '0') nd--;
  out->nd = nd;
}

/* Rounds to the first keep digits (keep may be <= 0), to nearest, ties to even. */
static void round_decimal(struct decimal *v, int keep) {
  if (keep >= v->nd) return;
  int up;
  if (keep < 0) {
    up = 0;
  } else {
    char next = v->d[keep];
    if (next != '5') up = next > '5';
    else if (v->nd > keep + 1) up = 1;                     /* more nonzero digits follow */
    else up = keep > 0 && ((v->d[keep - 1] - '0') & 1); /* a tie: to even */
  }
  if (!up) {
    v->nd = keep < 0 ? 0 : keep;
    while (v->nd && v->d[v->nd - 1] == '0') v->nd--;
    return;
  }
  int i = keep - 1;
  while (i >= 0 && v->d[i] == '9') i--;
  if (i < 0) {
    v->d[0] = '1';
    v->nd = 1;
    v->dp++;
  } else {
    v->d[i]++;
    v->nd = i + 1;
  }
}

/* Digit at position i of the decimal (0 = first significant), '0' outside the digits. */
static char digit_at(const struct decimal *v, long long i) {
  return i >= 0 && i < v->nd ? v->d[i] : '0';
}

/* Emits positions [from, from + count) of v. */
static void put_digits(struct __sink *k, const struct decimal *v, long long from,
                       long long count) {
  char buf[64];
  int n = 0;
  for (long long i = from; i < from + count; i++) {
    buf[n++] = digit_at(v, i);
    if (n == (int)sizeof buf) {
      __sink_put(k, buf, (size_t)n);
      n = 0;
    }
  }
  __sink_put(k, buf, (size_t)n);
}

/* Writes the sign, pads to width and emits the body described by the other arguments. */
struct layout {
  char prefix[4]; /* sign, then 0x for %a */
  int plen;
  long long body; /* length of everything after the prefix */
};

static void pad_before(struct __sink *k, const struct layout *l, int width, int flags) {
  long long total = l->plen + l->body;
  int pad = width > total ? (int)(width - total) : 0;
  if (!(flags & (FL_MINUS | FL_ZERO))) __sink_pad(k, ' ', pad);
  __sink_put(k, l->prefix, (size_t)l->plen);
  if (!(flags & FL_MINUS) && (flags & FL_ZERO)) __sink_pad(k, '0', pad);
}

static void pad_after(struct __sink *k, const struct layout *l, int width, int flags) {
  long long total = l->plen + l->body;
  if ((flags & FL_MINUS) && width > total) __sink_pad(k, ' ', (int)(width - total));
}

static int exp_text(char *buf, int conv, long x) {
  int n = 0;
  buf[n++] = (char)conv;
  buf[n++] = x < 0 ? '-' : '+';
  unsigned long u = x < 0 ? (unsigned long)-x : (unsigned long)x;
  char tmp[12];
  int t = 0;
  do tmp[t++] = (char)('0' + u % 10); while (u /= 10);
  if (t < 2 && conv != 'p' && conv != 'P') tmp[t++] = '0';
  while (t) buf[n++] = tmp[--t];
  return n;
}

/* %f with frac digits after the point. */
static void emit_f(struct __sink *k, struct layout *l, const struct decimal *v, long long frac,
                   int width, int flags) {
  long long intlen = v->nd && v->dp > 0 ? v->dp : 1;
  int point = frac > 0 || (flags & FL_ALT);
  l->body = intlen + point + frac;
  pad_before(k, l, width, flags);
  if (v->nd && v->dp > 0) put_digits(k, v, 0, v->dp);
  else __sink_put(k, "0", 1);
  if (point) __sink_put(k, ".", 1);
  if (v->nd) put_digits(k, v, v->dp, frac);
  else __sink_pad(k, '0', (int)frac);
  pad_after(k, l, width, flags);
}

/* %e with frac digits after the point; conv is 'e' or 'E'. */
static void emit_e(struct __sink *k, struct layout *l, const struct decimal *v, long long frac,
                   int width, int flags, int conv) {
  char ebuf[16];
  int elen = exp_text(ebuf, conv, v->nd ? v->dp - 1 : 0);
  int point = frac > 0 || (flags & FL_ALT);
  l->body = 1 + point + frac + elen;
  pad_before(k, l, width, flags);
  put_digits(k, v, 0, 1);
  if (point) __sink_put(k, ".", 1);
  put_digits(k, v, 1, frac);
  __sink_put(k, ebuf, (size_t)elen);
  pad_after(k, l, width, flags);
}

static void emit_a(struct __sink *k, struct layout *l, uint64_t bits, int width, int flags,
                   int prec, int upper) {
  const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  int be = (int)(bits >> 52 & 0x7ff);
  uint64_t m = bits & ((1ull << 52) - 1);
  long e = be ? be - 1023 : (m ? -1022 : 0);
  uint64_t full = (be ? 1ull << 52 : 0) | m; /* leading digit and 13 hex digits */
  if (prec >= 0 && prec < 13) {
    int drop = 4 * (13 - prec);
    uint64_t rest = full & ((1ull << drop) - 1), half = 1ull << (drop - 1);
    full >>= drop;
    if (rest > half || (rest == half && (full & 1))) full++;
    full <<= drop;
  }
  int lead = (int)(full >> 52); /* 2 when rounding carried into it, as glibc prints */
  m = full & ((1ull << 52) - 1);
  char digits[13];
  int nd = 13;
  for (int i = 0; i < 13; i++) digits[i] = hex[m >> (48 - 4 * i) & 15];
  if (prec < 0) {
    while (nd && digits[nd - 1] == '0') nd--;
  } else {
    nd = prec < 13 ? prec : 13;
  }
  int zeros = prec > 13 ? prec - 13 : 0;
  char ebuf[16];
  int elen = exp_text(ebuf, upper ? 'P' : 'p', e);
  int point = nd + zeros > 0 || (flags & FL_ALT);
  l->prefix[l->plen++] = '0';
  l->prefix[l->plen++] = upper ? 'X' : 'x';
  l->body = 1 + point + nd + zeros + elen;
  pad_before(k, l, width, flags);
  char c = hex[lead];
  __sink_put(k, &c, 1);
  if (point) __sink_put(k, ".", 1);
  __sink_put(k, digits, (size_t)nd);
  __sink_pad(k, '0', zeros);
  __sink_put(k, ebuf, (size_t)elen);
  pad_after(k, l, width, flags);
}

void __format_float(struct __sink *k, double x, int flags, int width, int prec, int conv) {
  uint64_t bits;
  __builtin_memcpy(&bits, &x, sizeof bits);
  int upper = conv >= 'A' && conv <= 'Z';
  int lower = conv | 32;
  struct layout l = {.plen = 0};
  if (bits >> 63) l.prefix[l.plen++] = '-';
  else if (flags & FL_PLUS) l.prefix[l.plen++] = '+';
  else if (flags & FL_SPACE) l.prefix[l.plen++] = ' ';

  if ((bits >> 52 & 0x7ff) == 0x7ff) {
    const char *s = bits & ((1ull << 52) - 1) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    l.body = 3;
    flags &= ~FL_ZERO;
    pad_before(k, &l, width, flags);
    __sink_put(k, s, 3);
    pad_after(k, &l, width, flags);
    return;
  }
  if (lower == 'a') {
    emit_a(k, &l, bits, width, flags, prec, upper);
    return;
  }

  static struct decimal v; /* 800 bytes: kept off the stack (no threads) */
  v.nd = 0;
  v.dp = 1;
  if (bits << 1) to_decimal(x, &v);
  if (prec < 0) prec = 6;

  if (lower == 'f') {
    long long keep = (long long)v.dp + prec;
    round_decimal(&v, keep > MAXDIGITS ? MAXDIGITS : (int)keep);
    emit_f(k, &l, &v, prec, width, flags);
  } else if (lower == 'e') {
    round_decimal(&v, prec > MAXDIGITS ? MAXDIGITS : prec + 1);
    emit_e(k, &l, &v, prec, width, flags, upper ? 'E' : 'e');
  } else { /* g */
    int p = prec ? prec : 1;
    round_decimal(&v, p);
    int x10 = v.nd ? v.dp - 1 : 0;
    if (x10 >= -4 && x10 < p) {
      long long frac = p - 1 - x10;
      if (!(flags & FL_ALT)) {
        long long sig = v.nd - v.dp; /* significant digits after the point */
        if (frac > sig) frac = sig > 0 ? sig : 0;
      }
      emit_f(k, &l, &v, frac, width, flags);
    } else {
      long long frac = p - 1;
      if (!(flags & FL_ALT) && frac > v.nd - 1) frac = v.nd > 1 ? v.nd - 1 : 0;
      emit_e(k, &l, &v, frac, width, flags, upper ? 'E' : 'e');
    }
  }
}
