/* cbrt, cbrtf: |x| = v 2^(3q) with v in [1, 8); Newton's iteration y <- y - (y^3 - v)/(3y^2)
 * from a linear first guess converges to cbrt(v) in double, then one more step with the
 * residual v - y^3 computed exactly (double-double) corrects the last bits before the single
 * final rounding. */
#include "math_impl.h"

double cbrt(double x) {
  if (x == 0 || __builtin_isnan(x) || __builtin_isinf(x)) return x + x;
  double ax = __builtin_fabs(x);
  int e;
  double m = frexp(ax, &e); /* ax = m 2^e, m in [0.5, 1) */
  m *= 2;
  e -= 1;
  int q = e >= 0 ? e / 3 : -((-e + 2) / 3);
  int r = e - 3 * q;
  double v = m * (double)(1 << r); /* in [1, 8), exact */
  double y = 1 + (v - 1) * (1.0 / 7);
  for (int i = 0; i < 6; i++) y = y - (y * y * y - v) / (3 * y * y);
  dd_t y2 = two_prod(y, y);
  dd_t y3 = dd_mul_d(y2, y);
  dd_t res = dd_add_d(dd_neg(y3), v);
  double c = (res.h + res.l) / (3 * y2.h);
  dd_t s = fast_two_sum(y, c);
  return __builtin_copysign(scalbn(s.h + s.l, q), x);
}

float cbrtf(float x) { return (float)cbrt(x); }
