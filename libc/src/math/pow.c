/* pow and powf: C99 Annex F's special cases first (zeros, infinities, x = 1, y = 0, negative x
 * with integral y), then pow(x, y) = e^(y log|x|) with log|x| as a double-double (about 2^-70
 * relative error) and y log|x| formed exactly enough (Dekker product) that the exp kernel's
 * rounding dominates. Overflow and underflow set ERANGE, a negative base with a non-integral
 * exponent EDOM, pow(0, negative) ERANGE (a pole). */
#include "math_impl.h"

/* 0: not an integer, 1: odd integer, 2: even integer. */
static int int_kind(double y) {
  if (__builtin_trunc(y) != y) return 0;
  if (__builtin_fabs(y) >= 0x1p53) return 2;
  return ((long long)y & 1) ? 1 : 2;
}

double pow(double x, double y) {
  if (y == 0 || x == 1) return 1.0;
  if (__builtin_isnan(x) || __builtin_isnan(y)) return x + y;
  double ax = __builtin_fabs(x);
  if (__builtin_isinf(y)) {
    if (ax == 1) return 1.0;
    return (ax < 1) == (y < 0) ? HUGE_VAL : 0.0;
  }
  int kind = int_kind(y);
  if (x == 0) {
    if (y < 0) return math_err(__builtin_copysign(HUGE_VAL, kind == 1 ? x : 1.0), ERANGE);
    return __builtin_copysign(0.0, kind == 1 ? x : 1.0);
  }
  if (__builtin_isinf(x)) {
    double r = y > 0 ? HUGE_VAL : 0.0;
    return (x < 0 && kind == 1) ? -r : r;
  }
  double sign = 1;
  if (x < 0) {
    if (!kind) return math_err(__builtin_nan(""), EDOM);
    if (kind == 1) sign = -1;
  }
  if (__builtin_fabs(y) > 0x1p64) {
    /* |y log|x|| > 2^11: certain over- or underflow (|log|x|| >= 2^-53 when x != 1). */
    return (ax < 1) == (y < 0) ? math_err(sign * HUGE_VAL, ERANGE) : math_err(sign * 0.0, ERANGE);
  }
  double l, L = __math_log_dd(ax, &l);
  dd_t w = dd_mul(dd(y, 0), dd(L, l));
  if (w.h > 710) return math_err(sign * HUGE_VAL, ERANGE);
  if (w.h < -746) return math_err(sign * 0.0, ERANGE);
  double h, lo;
  int k = __math_exp_dd(w.h, w.l, &h, &lo);
  return __math_exp_finish(sign * h, sign * lo, k);
}

float powf(float x, float y) {
  double r = pow(x, y);
  return math_f(r);
}
