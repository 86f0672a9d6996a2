/* atan, atan2, asin, acos and their float versions, all through the double-double arctangent
 * kernel (math_kernels.c): atan2 divides y/x as a double-double (after scaling both by the same
 * power of two) and adds pi for x < 0; asin(x) = atan(x / sqrt(1 - x^2)) and acos(x) =
 * atan(sqrt(1 - x^2) / x) (+ pi for x < 0), with 1 - x^2 exact. |x| > 1 in asin/acos: EDOM. */
#include "math_impl.h"

double atan(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (__builtin_fabs(x) < 0x1p-27) return x;
  if (__builtin_isinf(x)) return __builtin_copysign(PIO2_H, x);
  dd_t r = __math_atan_dd(x, 0);
  return r.h + r.l;
}

double atan2(double y, double x) {
  if (__builtin_isnan(x) || __builtin_isnan(y)) return x + y;
  double sy = __builtin_copysign(1.0, y);
  int xneg = __builtin_signbit(x);
  if (y == 0) return xneg ? sy * PI_H : y;
  if (x == 0) return sy * PIO2_H;
  if (__builtin_isinf(x)) {
    if (__builtin_isinf(y)) return sy * (xneg ? 3 * PIO4_H : PIO4_H);
    return xneg ? sy * PI_H : sy * 0.0;
  }
  if (__builtin_isinf(y)) return sy * PIO2_H;
  int ex, ey;
  frexp(x, &ex);
  frexp(y, &ey);
  if (ey - ex > 60) return sy * (PIO2_H + PIO2_L);
  if (ex - ey > 60) {
    if (!xneg) return y / x;
    return sy * (PI_H + PI_L);
  }
  int e = ex > ey ? ex : ey;
  double ax = scalbn(__builtin_fabs(x), -e), ay = scalbn(__builtin_fabs(y), -e);
  dd_t t = dd_div(dd(ay, 0), dd(ax, 0));
  dd_t a = __math_atan_dd(t.h, t.l);
  if (xneg) a = dd_add(dd(PI_H, PI_L), dd_neg(a));
  return sy * (a.h + a.l);
}

/* 1 - x^2 as a double-double, |x| <= 1, and its square root. */
static dd_t cosine_of(double x) {
  dd_t sq = two_prod(x, x);
  dd_t d = two_sum(1.0, -sq.h);
  d = fast_two_sum(d.h, d.l - sq.l);
  return dd_sqrt(d);
}

double asin(double x) {
  if (__builtin_isnan(x)) return x + x;
  double ax = __builtin_fabs(x);
  if (ax > 1) return math_err(__builtin_nan(""), EDOM);
  if (ax == 1) return __builtin_copysign(PIO2_H + PIO2_L, x);
  if (ax < 0x1p-26) return x;
  dd_t c = cosine_of(x);
  dd_t t = dd_div(dd(ax, 0), c);
  dd_t a = __math_atan_dd(t.h, t.l);
  return __builtin_copysign(a.h + a.l, x);
}

double acos(double x) {
  if (__builtin_isnan(x)) return x + x;
  double ax = __builtin_fabs(x);
  if (ax > 1) return math_err(__builtin_nan(""), EDOM);
  if (x == 1) return 0.0;
  if (x == -1) return PI_H + PI_L;
  if (ax < 0x1p-60) return PIO2_H + (PIO2_L - x);
  dd_t c = cosine_of(x);
  dd_t t = dd_div(c, dd(ax, 0));
  dd_t a = __math_atan_dd(t.h, t.l);
  if (x < 0) a = dd_add(dd(PI_H, PI_L), dd_neg(a));
  return a.h + a.l;
}

float atanf(float x) { return (float)atan(x); }
float atan2f(float y, float x) { return (float)atan2(y, x); }
float asinf(float x) { return (float)asin(x); }
float acosf(float x) { return (float)acos(x); }
