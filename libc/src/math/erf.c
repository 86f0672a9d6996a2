/* erf, erfc and their float versions. For |x| <= 2.5, erf(x) = 2/sqrt(pi) e^(-x^2)
 * sum_n 2^n x^(2n+1) / (1*3*...*(2n+1)), a series of positive terms (no cancellation) summed as
 * double-doubles, so erfc = 1 - erf keeps its accuracy there too. For x > 2.5, erfc(x) =
 * e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), Laplace's continued fraction
 * evaluated backwards from depth 80, and erf = 1 - erfc. e^(-x^2) is computed to about 2^-95
 * (erfc = 1 - erf magnifies its error up to 2^11 times): the exact square, reduced by k ln2 in
 * double-double, divided by 2^8, a double-double Taylor series, then squared eight times. */
#include "math_impl.h"

/* e^-(x2) = 2^k (result), x2 a double-double below 746. */
static dd_t exp_neg_accurate(dd_t x2, int *k) {
  double kd = __builtin_rint(-x2.h * INVLN2);
  *k = (int)kd;
  dd_t r = dd_add(dd_neg(x2), dd_neg(dd_mul_d(dd(LN2_H, LN2_L), kd)));
  r = dd(r.h * 0x1p-8, r.l * 0x1p-8);
  /* Taylor series to r^8/8! in Horner form; 1/n! as double-double quotients. */
  static const double fact[8] = {5040, 720, 120, 24, 6, 2, 1, 1}; /* 7! down to 0! */
  dd_t e = dd(1.0 / 40320, 0);
  for (int i = 0; i < 8; i++) e = dd_add(dd_mul(e, r), dd_div(dd(1, 0), dd(fact[i], 0)));
  for (int i = 0; i < 8; i++) e = dd_mul(e, e);
  return e;
}

/* erf(x) for 0 <= x <= 2.5, as a double-double. */
static dd_t erf_series(double x) {
  dd_t x2 = two_prod(x, x);
  dd_t t2 = dd(2 * x2.h, 2 * x2.l);
  dd_t term = dd(x, 0), sum = term;
  for (int n = 0; n < 200; n++) {
    term = dd_div(dd_mul(term, t2), dd(2 * n + 3, 0));
    sum = dd_add(sum, term);
    if (term.h < sum.h * 0x1p-110) break;
  }
  int k;
  dd_t e = exp_neg_accurate(x2, &k);
  e = dd(scalbn(e.h, k), scalbn(e.l, k));
  return dd_mul(dd_mul(e, sum), dd(TWO_OVER_SQRTPI_H, TWO_OVER_SQRTPI_L));
}

/* erfc(x) = 2^k (result) for x >= 2.5 with x^2 < 746. */
static dd_t erfc_cf(double x, int *k) {
  dd_t f = dd(x, 0);
  for (int n = 80; n >= 1; n--) f = dd_add_d(dd_div(dd(0.5 * n, 0), f), x);
  dd_t x2 = two_prod(x, x);
  dd_t q = dd_div(exp_neg_accurate(x2, k), f);
  return dd_mul(q, dd(0.5 * TWO_OVER_SQRTPI_H, 0.5 * TWO_OVER_SQRTPI_L));
}

double erf(double x) {
  if (__builtin_isnan(x)) return x + x;
  double ax = __builtin_fabs(x);
  if (ax >= 6) return __builtin_copysign(1.0, x);
  if (ax < 0x1p-28) return x * TWO_OVER_SQRTPI_H + x * TWO_OVER_SQRTPI_L;
  dd_t r;
  if (ax <= 2.5) {
    r = erf_series(ax);
  } else {
    int k;
    dd_t c = erfc_cf(ax, &k);
    r = dd_add_d(dd_neg(dd(scalbn(c.h, k), scalbn(c.l, k))), 1.0);
  }
  return __builtin_copysign(r.h + r.l, x);
}

double erfc(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (x < -6) return 2.0;
  if (x <= 2.5) {
    if (__builtin_fabs(x) < 0x1p-56) return 1.0 - x;
    dd_t e = erf_series(__builtin_fabs(x));
    if (x < 0) e = dd_neg(e);
    dd_t r = dd_add_d(dd_neg(e), 1.0);
    return r.h + r.l;
  }
  if (x > 27.3) return __builtin_isinf(x) ? 0.0 : math_err(0.0, ERANGE);
  int k;
  dd_t c = erfc_cf(x, &k);
  return __math_exp_finish(c.h, c.l, k);
}

float erff(float x) { return (float)erf(x); }
float erfcf(float x) {
  float r = (float)erfc(x);
  if (r == 0 && !__builtin_isinf(x)) errno = ERANGE; /* only a zero result, as glibc's erfcf */
  return r;
}
