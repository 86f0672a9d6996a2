/* libm kernels shared by the public functions, all returning double-double results:
 * - log: x = 2^k m with m in [sqrt(1/2), sqrt(2)); m is multiplied (exactly, by Dekker's product)
 *   by invc from a 128-entry table picked by m's leading bits, so z = m invc - 1 is small
 *   (|z| <= 1/128) and log(x) = k ln2 + (-log invc) + log1p(z), with log1p(z) from its Taylor
 *   series (z - z^2/2 exact, the rest in double). The table's ends have invc = 1, so near x = 1
 *   the result is relatively accurate.
 * - exp: k = round(x / ln2), r = x - k ln2 with ln2 in three pieces (the first has 42 bits, so
 *   k ln2_hi is exact), e^r - 1 = r + r^2/2 + r^3 P(r) with P the Taylor series to r^16/16!.
 * - rem_pio2: x - n pi/2 by Cody and Waite (pi/2 in 33 + 33 + 53 bit pieces) below 2^20, and
 *   above by Payne and Hanek: the 53-bit significand times a 224-bit window of 2/pi's bits (only
 *   the bits that can reach the fraction or the last two integer bits), on 32-bit limbs.
 * - sincos: Taylor series of sin and cos on |y| <= pi/4, the leading terms exact.
 * - atan: for |x| > 1 atan(x) = pi/2 - atan(1/x); then atan(x) = atan(c) + atan(t) with c = k/8
 *   nearest x, t = (x - c) / (1 + x c) (|t| <= 1/16) and atan(t) from its Taylor series. */
#include "math_impl.h"

double __math_log_dd(double x, double *lo) {
  uint64_t b = asu64(x);
  int k = 0;
  if (b < (1ull << 52)) { /* subnormal */
    x *= 0x1p54;
    b = asu64(x);
    k = -54;
  }
  k += (int)(b >> 52) - 1023;
  int i = (int)(b >> 45) & 127;
  double m = asdouble((b & ((1ull << 52) - 1)) | (1023ull << 52));
  if (i >= 53) {
    m *= 0.5;
    k++;
  }
  const double *t = __math_logtab[i];
  dd_t p = two_prod(m, t[0]);
  dd_t z = fast_two_sum(p.h - 1, p.l);
  double zh = z.h;
  dd_t sq = two_prod(zh, zh);
  double q = 1.0 / 3 + zh * (-1.0 / 4 + zh * (1.0 / 5 + zh * (-1.0 / 6 + zh * (1.0 / 7 + zh * (
             -1.0 / 8 + zh * (1.0 / 9 + zh * (-1.0 / 10 + zh * (1.0 / 11 + zh * (-1.0 / 12)))))))));
  double tail = zh * sq.h * q + (z.l - zh * z.l - 0.5 * sq.l);
  dd_t r = two_sum(zh, -0.5 * sq.h);
  r = fast_two_sum(r.h, r.l + tail);
  r = dd_add(dd(t[1], t[2]), r);
  if (k) r = dd_add(fast_two_sum(k * LN2_HI, k * LN2_LO), r);
  *lo = r.l;
  return r.h;
}

/* e^(xh + xl) = 2^k (1 + *e), *e a double-double; returns k. */
static int expm1_kernel(double xh, double xl, dd_t *e) {
  double kd = __builtin_rint(xh * INVLN2);
  int k = (int)kd;
  double rh = xh - kd * LN2_HI;
  dd_t t = two_prod(kd, LN2_LO);
  dd_t r = two_sum(rh, -t.h);
  r = fast_two_sum(r.h, r.l + (xl - t.l));
  double x = r.h;
  dd_t sq = two_prod(x, x);
  double p = 1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120 + x * (1.0 / 720 + x * (1.0 / 5040 + x * (
             1.0 / 40320 + x * (1.0 / 362880 + x * (1.0 / 3628800 + x * (1.0 / 39916800 + x * (
             1.0 / 479001600 + x * (1.0 / 6227020800.0 + x * (1.0 / 87178291200.0 + x * (
             1.0 / 1307674368000.0 + x * (1.0 / 20922789888000.0)))))))))))));
  double small = r.l + r.l * x + 0.5 * sq.l + x * sq.h * p;
  dd_t s = two_sum(x, 0.5 * sq.h);
  *e = fast_two_sum(s.h, s.l + small);
  return k;
}

int __math_exp_dd(double xh, double xl, double *h, double *l) {
  dd_t e;
  int k = expm1_kernel(xh, xl, &e);
  dd_t s = fast_two_sum(1.0, e.h);
  s = fast_two_sum(s.h, s.l + e.l);
  *h = s.h;
  *l = s.l;
  return k;
}

/* expm1(x) as a double-double, for |x| <= 40. */
dd_t __math_expm1_dd(double x) {
  dd_t e;
  int k = expm1_kernel(x, 0, &e);
  if (k == 0) return e;
  double p = asdouble((uint64_t)(1023 + k) << 52);
  dd_t a = two_sum(p, -1.0); /* 2^k - 1, exact */
  return dd_add(a, dd(e.h * p, e.l * p));
}

double __math_exp_finish(double h, double l, int k) {
  double r;
  int saved = errno; /* scalbn's own ERANGE on intermediate steps does not count */
  if (k < -1021) {
    /* Subnormal result: round h at the final precision, then add what that rounding and l
     * leave over (exact: sh 2^-k is near h), so the result is rounded only once in effect. */
    double sh = scalbn(h, k);
    double err = h - scalbn(sh, -k);
    r = sh + scalbn(err + l, k);
  } else {
    r = scalbn(h + l, k);
  }
  errno = saved;
  if (__builtin_isinf(r) || r == 0) errno = ERANGE;
  return r;
}

int __math_rem_pio2(double x, double *yh, double *yl) {
  double ax = __builtin_fabs(x);
  if (ax <= PIO4_H) {
    *yh = x;
    *yl = 0;
    return 0;
  }
  if (ax < 0x1p20) {
    double n = __builtin_rint(x * INVPIO2);
    double t = x - n * PIO2_1; /* exact */
    double w = n * PIO2_2;     /* exact: n has at most 20 bits */
    dd_t r1 = two_sum(t, -w);
    dd_t u = two_prod(n, PIO2_3);
    dd_t r2 = two_sum(r1.h, -u.h);
    dd_t y = fast_two_sum(r2.h, r2.l + r1.l - u.l);
    *yh = y.h;
    *yl = y.l;
    return (int)(long long)n & 3;
  }
  /* Payne-Hanek. x = M 2^e, M a 53-bit integer. */
  uint64_t b = asu64(ax);
  int e = (int)(b >> 52) - 1075;
  uint64_t M = (b & ((1ull << 52) - 1)) | (1ull << 52);
  int j0 = e - 1 > 1 ? e - 1 : 1;
  int t0 = (j0 - 1) / 32;
  uint64_t acc[12] = {0};
  uint64_t m0 = M & 0xffffffffu, m1 = M >> 32;
  for (int i = 0; i < 7; i++) {
    uint64_t w = __math_twoopi[t0 + 6 - i]; /* little-endian limb i */
    uint64_t a = m0 * w, c = m1 * w;
    acc[i] += a & 0xffffffffu;
    acc[i + 1] += (a >> 32) + (c & 0xffffffffu);
    acc[i + 2] += c >> 32;
  }
  uint32_t P[12];
  uint64_t carry = 0;
  for (int i = 0; i < 12; i++) {
    uint64_t v = acc[i] + carry;
    P[i] = (uint32_t)v;
    carry = v >> 32;
  }
  int s = 32 * t0 + 224 - e; /* the product has s fraction bits */
#define GET64(pos)                                                                       \
  ({                                                                                     \
    int q_ = (pos) >> 5, r_ = (pos)&31;                                                  \
    uint64_t v_ = (uint64_t)P[q_] | (uint64_t)P[q_ + 1] << 32;                           \
    r_ ? (v_ >> r_) | ((uint64_t)P[q_ + 2] << (64 - r_)) : v_;                           \
  })
  int n = (int)(GET64(s) & 3);
  uint64_t A = GET64(s - 64), B = GET64(s - 128);
#undef GET64
  double sign = 1;
  if (A >> 63) { /* fraction >= 1/2: take fraction - 1 */
    n = (n + 1) & 3;
    B = ~B + 1;
    A = ~A + (B == 0);
    sign = -1;
  }
  double f0 = (double)(A >> 11) * 0x1p-53;
  double f1 = (double)(((A & 0x7ff) << 42) | (B >> 22)) * 0x1p-106;
  double f2 = (double)(B & 0x3fffff) * 0x1p-128;
  dd_t f = fast_two_sum(f0, f1);
  f = fast_two_sum(f.h, f.l + f2);
  dd_t y = dd_mul(f, dd(PIO2_H, PIO2_L));
  if (x < 0) {
    sign = -sign;
    n = (4 - n) & 3;
  }
  *yh = sign * y.h;
  *yl = sign * y.l;
  return n;
}

void __math_sincos_dd(double yh, double yl, dd_t *s, dd_t *c) {
  double x = yh, x2 = x * x;
  double ps = -1.0 / 6 + x2 * (1.0 / 120 + x2 * (-1.0 / 5040 + x2 * (1.0 / 362880 + x2 * (
              -1.0 / 39916800 + x2 * (1.0 / 6227020800.0 + x2 * (-1.0 / 1307674368000.0 + x2 * (
              1.0 / 355687428096000.0 + x2 * (-1.0 / 121645100408832000.0 + x2 *
              (1.0 / 51090942171709440000.0)))))))));
  *s = fast_two_sum(x, x * x2 * ps + yl * (1 - 0.5 * x2));
  double pc = 1.0 / 24 + x2 * (-1.0 / 720 + x2 * (1.0 / 40320 + x2 * (-1.0 / 3628800 + x2 * (
              1.0 / 479001600 + x2 * (-1.0 / 87178291200.0 + x2 * (1.0 / 20922789888000.0 + x2 * (
              -1.0 / 6402373705728000.0 + x2 * (1.0 / 2432902008176640000.0 + x2 *
              (-1.0 / 1124000727777607680000.0)))))))));
  dd_t sq = two_prod(x, x);
  dd_t r = two_sum(1.0, -0.5 * sq.h);
  *c = fast_two_sum(r.h, r.l + (-0.5 * sq.l + x2 * x2 * pc - x * yl));
}

dd_t __math_atan_dd(double xh, double xl) {
  int neg = xh < 0;
  if (neg) {
    xh = -xh;
    xl = -xl;
  }
  dd_t u = dd(xh, xl), r;
  int inv = 0;
  if (xh > 1) {
    inv = 1;
    if (xh > 0x1p100) u = dd(1 / xh, 0);
    else u = dd_div(dd(1, 0), u);
  }
  int k = (int)__builtin_rint(u.h * 8);
  double c = k * 0.125;
  dd_t num = two_sum(u.h, -c);
  num = fast_two_sum(num.h, num.l + u.l);
  dd_t den = dd_add_d(dd_mul_d(u, c), 1.0);
  dd_t t = k ? dd_div(num, den) : num;
  double th = t.h, t2 = th * th;
  double q = -1.0 / 3 + t2 * (1.0 / 5 + t2 * (-1.0 / 7 + t2 * (1.0 / 9 + t2 * (-1.0 / 11 + t2 * (
             1.0 / 13 + t2 * (-1.0 / 15 + t2 * (1.0 / 17)))))));
  r = fast_two_sum(th, t.l * (1 - t2) + th * t2 * q);
  r = dd_add(dd(__math_atantab[k][0], __math_atantab[k][1]), r);
  if (inv) r = dd_add(dd(PIO2_H, PIO2_L), dd_neg(r));
  return neg ? dd_neg(r) : r;
}
