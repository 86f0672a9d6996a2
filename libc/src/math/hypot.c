/* hypot, hypotf: after scaling both operands by the same power of two (exact; the smaller is
 * dropped when it is below 2^-60 of the larger), x^2 + y^2 is formed exactly as a
 * double-double, its square root corrected by one Newton step, and the result scaled back with
 * a single rounding. An infinite operand gives +inf even with a NaN (C99 Annex F). */
#include "math_impl.h"

double hypot(double x, double y) {
  if (__builtin_isinf(x) || __builtin_isinf(y)) return HUGE_VAL;
  if (__builtin_isnan(x) || __builtin_isnan(y)) return x + y;
  x = __builtin_fabs(x);
  y = __builtin_fabs(y);
  if (x < y) {
    double t = x;
    x = y;
    y = t;
  }
  if (y == 0) return x;
  int ex, ey;
  frexp(x, &ex);
  frexp(y, &ey);
  if (ex - ey > 60) return x + y;
  x = scalbn(x, -ex);
  y = scalbn(y, -ex);
  dd_t s = dd_add(two_prod(x, x), two_prod(y, y));
  dd_t r = dd_sqrt(s);
  double res = scalbn(r.h + r.l, ex);
  if (__builtin_isinf(res)) errno = ERANGE;
  return res;
}

float hypotf(float x, float y) {
  if (__builtin_isinf(x) || __builtin_isinf(y)) return HUGE_VALF;
  return math_f(__builtin_sqrt((double)x * x + (double)y * y));
}
