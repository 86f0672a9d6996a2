/* strtod, strtof, strtold, atof.
 *
 * Decimal input is converted exactly: the significant digits D (at most 800 are kept; when
 * more follow, a final 1 stands for them, which cannot change the rounding since a point
 * halfway between two doubles has at most 767 significant digits) and the exponent give
 * value = D * 10^e. With A = D * 10^max(e,0) and B = 10^max(-e,0) as big integers, the quotient
 * Q = floor(A * 2^s / B) for a chosen s has 63 or 64 bits, and Q with the sticky bit
 * (remainder != 0) rounds to the nearest double, ties to even, subnormals included. Short
 * inputs (at most 15 digits, |e| <= 22) take the exact one-operation path instead.
 * Hexadecimal input (0x1.8p3) is exact up to 16 hex digits, then sticky.
 * strtof rounds the same quotient to float directly (rounding through double would round
 * twice, wrong when the double lands on a float halfway point). ERANGE follows IEEE 754 with
 * tininess after rounding, as glibc on x86. long double is double. */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#define MAXD 800
#define LIMBS 132 /* 32-bit limbs: 10^(330+801) * 2^64 needs about 3830 bits */

struct big {
  int n; /* limbs used */
  uint32_t l[LIMBS];
};

static void big_mul_add(struct big *b, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  for (int i = 0; i < b->n; i++) {
    uint64_t t = (uint64_t)b->l[i] * m + carry;
    b->l[i] = (uint32_t)t;
    carry = t >> 32;
  }
  if (carry) b->l[b->n++] = (uint32_t)carry;
}

static void big_pow10(struct big *b, int k) {
  for (; k >= 9; k -= 9) big_mul_add(b, 1000000000u, 0);
  uint32_t p = 1;
  while (k--) p *= 10;
  if (p > 1) big_mul_add(b, p, 0);
}

static int big_bits(const struct big *b) {
  int n = b->n;
  while (n && !b->l[n - 1]) n--;
  return n ? 32 * (n - 1) + (32 - __builtin_clz(b->l[n - 1])) : 0;
}

static void big_shl(struct big *b, int s) {
  int words = s / 32, bits = s % 32;
  int n = b->n + words + 1;
  for (int i = n - 1; i >= 0; i--) {
    uint32_t hi = i - words >= 0 && i - words < b->n ? b->l[i - words] : 0;
    uint32_t lo = i - words - 1 >= 0 && i - words - 1 < b->n ? b->l[i - words - 1] : 0;
    b->l[i] = bits ? hi << bits | lo >> (32 - bits) : hi;
  }
  b->n = n;
  while (b->n && !b->l[b->n - 1]) b->n--;
}

static void big_shr1(struct big *b) {
  for (int i = 0; i < b->n; i++)
    b->l[i] = b->l[i] >> 1 | (i + 1 < b->n ? b->l[i + 1] << 31 : 0);
  while (b->n && !b->l[b->n - 1]) b->n--;
}

static int big_cmp(const struct big *a, const struct big *b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (int i = a->n - 1; i >= 0; i--)
    if (a->l[i] != b->l[i]) return a->l[i] < b->l[i] ? -1 : 1;
  return 0;
}

static void big_sub(struct big *a, const struct big *b) {
  uint64_t borrow = 0;
  for (int i = 0; i < a->n; i++) {
    uint64_t t = (uint64_t)a->l[i] - (i < b->n ? b->l[i] : 0) - borrow;
    a->l[i] = (uint32_t)t;
    borrow = t >> 63;
  }
  while (a->n && !a->l[a->n - 1]) a->n--;
}

/* A binary floating-point format: double or float. */
struct format {
  int frac;  /* fraction bits: 52 or 23 */
  int emin;  /* exponent of the smallest normal number: -1022 or -126 */
  int emax;  /* exponent of the largest finite number: 1023 or 127 */
};

static const struct format f64 = {52, -1022, 1023}, f32 = {23, -126, 127};

/* q (top bit at 63) rounded to nearest, ties to even, dropping its low `drop` bits (11 or
 * more); *inexact is set when a dropped bit (or sticky) was nonzero. */
static uint64_t round_off(uint64_t q, int drop, int sticky, int *inexact) {
  if (drop >= 65) {
    *inexact = 1;
    return 0;
  }
  uint64_t rest = drop == 64 ? q : q & ((1ull << drop) - 1);
  uint64_t half = 1ull << (drop - 1);
  uint64_t mant = drop == 64 ? 0 : q >> drop;
  if (rest > half || (rest == half && (sticky || (mant & 1)))) mant++;
  *inexact = sticky || rest != 0;
  return mant;
}

/* The bits of the number of format f nearest to q * 2^-s (+ a little when sticky), q != 0.
 * ERANGE on overflow (infinity), and on underflow: a result of zero, or an inexact result
 * that is tiny after rounding (rounded to the format's precision with an unbounded exponent it
 * is below the smallest normal number), as IEEE 754 and glibc on x86 have it. */
static uint64_t make_float(uint64_t q, int s, int sticky, const struct format *f) {
  uint64_t inf = (uint64_t)(2 * f->emax + 1) << f->frac;
  int z = __builtin_clzll(q);
  q <<= z;
  s += z; /* q now has its top bit at 63: value in [2^(63-s), 2^(64-s)) */
  int e = 63 - s;
  if (e > f->emax) {
    errno = ERANGE;
    return inf;
  }
  int min_ulp = f->emin - f->frac;
  int ulp = e - f->frac < min_ulp ? min_ulp : e - f->frac; /* weight of the last kept bit */
  int inexact;
  uint64_t mant = round_off(q, ulp + s, sticky, &inexact);
  int tiny = e < f->emin - 1;
  if (e == f->emin - 1) { /* tiny unless rounding to full precision carries to 2^emin */
    int ignored;
    tiny = !(round_off(q, e - f->frac + s, sticky, &ignored) >> (f->frac + 1));
  }
  if (mant >> (f->frac + 1)) { /* rounding carried into a new bit */
    mant >>= 1;
    ulp++;
    if (ulp + f->frac > f->emax) {
      errno = ERANGE;
      return inf;
    }
  }
  if (!mant || (tiny && inexact)) errno = ERANGE;
  if (!(mant >> f->frac)) return mant; /* subnormal (ulp is min_ulp) or zero */
  return (uint64_t)(ulp + f->frac - f->emin + 1) << f->frac | (mant & ((1ull << f->frac) - 1));
}

static uint64_t decimal_slow(const char *digits, int nd, int e10, const struct format *f) {
  static struct big a, b; /* 1 KB together: off the stack (no threads) */
  a.n = 0;
  for (int i = 0; i < nd; i++) {
    if (!a.n) a.l[a.n++] = 0;
    big_mul_add(&a, 10, (uint32_t)(digits[i] - '0'));
  }
  b.n = 1;
  b.l[0] = 1;
  if (e10 >= 0) big_pow10(&a, e10);
  else big_pow10(&b, -e10);
  int s = 63 + big_bits(&b) - big_bits(&a);
  if (s >= 0) big_shl(&a, s);
  else big_shl(&b, -s);
  /* Q = floor(a / b) < 2^64 by the choice of s: long division, one bit at a time. */
  uint64_t q = 0;
  big_shl(&b, 63);
  for (int i = 63; i >= 0; i--) {
    if (big_cmp(&a, &b) >= 0) {
      big_sub(&a, &b);
      q |= 1ull << i;
    }
    big_shr1(&b);
  }
  return make_float(q, s, a.n != 0, f);
}

static const double exact_pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* An exponent part after the digits ("e-12", "p+3"; `marker` is 'e' or 'p', any case):
 * adds its value (clamped to 100000 in size) to *exp and returns the end of it, or returns p
 * unchanged when no exponent follows. */
static const char *parse_exponent(const char *p, char marker, long *exp) {
  if ((*p | 32) != marker) return p;
  const char *q = p + 1;
  int neg = 0;
  if (*q == '+' || *q == '-') neg = *q++ == '-';
  if (*q < '0' || *q > '9') return p;
  long x = 0;
  for (; *q >= '0' && *q <= '9'; q++)
    if (x < 100000) x = x * 10 + (*q - '0');
  *exp += neg ? -x : x;
  return q;
}

/* The bits of the decimal number at p, in format f; *end is NULL when p holds no digits. */
static uint64_t decimal(const char *p, const char **end, const struct format *f) {
  char digits[MAXD + 1];
  int nd = 0, any = 0, point = 0, dropped = 0;
  long e10 = 0;
  for (;; p++) {
    if (*p >= '0' && *p <= '9') {
      any = 1;
      if (!nd && *p == '0') {
        if (point) e10--;
      } else if (nd < MAXD) {
        digits[nd++] = *p;
        if (point) e10--;
      } else {
        if (*p != '0') dropped = 1;
        if (!point) e10++;
      }
    } else if (*p == '.' && !point) {
      point = 1;
    } else {
      break;
    }
  }
  if (!any) {
    *end = NULL;
    return 0;
  }
  p = parse_exponent(p, 'e', &e10);
  *end = p;
  if (dropped) {
    digits[nd++] = '1';
    e10--;
  }
  if (!nd) return 0;
  /* 10^(nd+e10) bounds the value: far above the largest finite number, or below half the
   * smallest subnormal (10^-325 < 2^-1075, 10^-46 < 2^-150). */
  int dbl = f == &f64;
  if (nd + e10 > (dbl ? 310 : 40)) {
    errno = ERANGE;
    return (uint64_t)(2 * f->emax + 1) << f->frac;
  }
  if (nd + e10 < (dbl ? -324 : -45)) {
    errno = ERANGE;
    return 0;
  }
  /* Exact operands and one correctly rounded operation: 10^22 and integers below 10^15 are
   * exact in double, 10^10 and integers below 10^7 in float. */
  uint64_t bits;
  if (dbl && nd <= 15 && e10 >= -22 && e10 <= 22) {
    double v = 0;
    for (int i = 0; i < nd; i++) v = v * 10 + (digits[i] - '0');
    v = e10 < 0 ? v / exact_pow10[-e10] : v * exact_pow10[e10];
    __builtin_memcpy(&bits, &v, sizeof v);
    return bits;
  }
  if (!dbl && nd <= 7 && e10 >= -10 && e10 <= 10) {
    float v = 0;
    for (int i = 0; i < nd; i++) v = v * 10 + (digits[i] - '0');
    float p10 = (float)exact_pow10[e10 < 0 ? -e10 : e10];
    v = e10 < 0 ? v / p10 : v * p10;
    uint32_t fb;
    __builtin_memcpy(&fb, &v, sizeof v);
    return fb;
  }
  return decimal_slow(digits, nd, (int)e10, f);
}

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 32) >= 'a' && (c | 32) <= 'f') return (c | 32) - 'a' + 10;
  return -1;
}

/* After "0x": hex digits with an optional point, then an optional binary exponent; the bits
 * in format f. */
static uint64_t hexadecimal(const char *p, const char **end, const struct format *f) {
  uint64_t m = 0;
  int any = 0, point = 0, sticky = 0;
  long e2 = 0;
  for (;; p++) {
    int h = hexval((unsigned char)*p);
    if (h >= 0) {
      any = 1;
      if (m >> 60) {
        sticky |= h != 0;
        if (!point) e2 += 4;
      } else {
        m = m << 4 | (unsigned)h;
        if (point) e2 -= 4;
      }
    } else if (*p == '.' && !point) {
      point = 1;
    } else {
      break;
    }
  }
  if (!any) {
    *end = NULL;
    return 0;
  }
  p = parse_exponent(p, 'p', &e2);
  *end = p;
  if (!m) return 0;
  if (e2 > 2000) {
    errno = ERANGE;
    return (uint64_t)(2 * f->emax + 1) << f->frac;
  }
  if (e2 < -2000) {
    errno = ERANGE;
    return 0;
  }
  return make_float(m, (int)-e2, sticky, f);
}

static int match(const char *p, const char *word) {
  int n = 0;
  for (; word[n]; n++)
    if (tolower((unsigned char)p[n]) != word[n]) return 0;
  return n;
}

/* Parses a number of format f: its bits without the sign (NaN: the quiet NaN), *neg, and the
 * end of what was read (s itself when nothing was). */
static uint64_t parse(const char *s, const char **end, int *neg, const struct format *f) {
  const char *p = s, *stop = NULL;
  uint64_t inf = (uint64_t)(2 * f->emax + 1) << f->frac, v;
  *neg = 0;
  while (isspace((unsigned char)*p)) p++;
  if (*p == '+' || *p == '-') *neg = *p++ == '-';
  if (match(p, "infinity")) {
    v = inf;
    stop = p + 8;
  } else if (match(p, "inf")) {
    v = inf;
    stop = p + 3;
  } else if (match(p, "nan")) {
    v = inf | 1ull << (f->frac - 1);
    stop = p + 3;
    if (*stop == '(') {
      const char *q = stop + 1;
      while (isalnum((unsigned char)*q) || *q == '_') q++;
      if (*q == ')') stop = q + 1;
    }
  } else if (p[0] == '0' && (p[1] | 32) == 'x' &&
             (hexval((unsigned char)p[2]) >= 0 ||
              (p[2] == '.' && hexval((unsigned char)p[3]) >= 0))) {
    v = hexadecimal(p + 2, &stop, f);
  } else {
    v = decimal(p, &stop, f);
  }
  if (!stop) {
    *neg = 0;
    stop = s;
    v = 0;
  }
  *end = stop;
  return v;
}

double strtod(const char *restrict s, char **restrict end) {
  const char *stop;
  int neg;
  uint64_t bits = parse(s, &stop, &neg, &f64) | (uint64_t)neg << 63;
  if (end) *end = (char *)stop;
  double d;
  __builtin_memcpy(&d, &bits, sizeof d);
  return d;
}

float strtof(const char *restrict s, char **restrict end) {
  const char *stop;
  int neg;
  uint32_t bits = (uint32_t)parse(s, &stop, &neg, &f32) | (uint32_t)neg << 31;
  if (end) *end = (char *)stop;
  float f;
  __builtin_memcpy(&f, &bits, sizeof f);
  return f;
}

long double strtold(const char *restrict s, char **restrict end) { return strtod(s, end); }

double atof(const char *s) { return strtod(s, NULL); }
