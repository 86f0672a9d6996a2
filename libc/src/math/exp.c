/* exp, exp2, expm1 and their float versions, on the double-double exp kernel (math_kernels.c):
 * the argument (x, or x ln2 as a double-double for exp2) is reduced by k ln2, e^r comes from a
 * Taylor series and the result 2^k e^r is rounded once. Overflow and underflow set ERANGE. */
#include "math_impl.h"

double exp(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (x > 709.782712893384) return __builtin_isinf(x) ? x : math_err(HUGE_VAL, ERANGE);
  if (x < -745.1332191019412) return __builtin_isinf(x) ? 0 : math_err(0, ERANGE);
  if (__builtin_fabs(x) < 0x1p-54) return 1 + x;
  double h, l;
  int k = __math_exp_dd(x, 0, &h, &l);
  return __math_exp_finish(h, l, k);
}

double exp2(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (x >= 1024) return __builtin_isinf(x) ? x : math_err(HUGE_VAL, ERANGE);
  if (x < -1075) return __builtin_isinf(x) ? 0 : math_err(0, ERANGE);
  if (__builtin_fabs(x) < 0x1p-54) return 1 + x;
  dd_t w = dd_mul(dd(x, 0), dd(LN2_H, LN2_L));
  double h, l;
  int k = __math_exp_dd(w.h, w.l, &h, &l);
  return __math_exp_finish(h, l, k);
}

double expm1(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (x > 709.782712893384) return __builtin_isinf(x) ? x : math_err(HUGE_VAL, ERANGE);
  if (x < -40) return -1.0;
  if (__builtin_fabs(x) < 0x1p-54) return x;
  if (x > 40) {
    double h, l;
    int k = __math_exp_dd(x, 0, &h, &l);
    return __math_exp_finish(h, l, k);
  }
  dd_t r = __math_expm1_dd(x);
  return r.h + r.l;
}

float expf(float x) { return math_f(exp(x)); }
float exp2f(float x) { return math_f(exp2(x)); }
float expm1f(float x) { return math_f(expm1(x)); }
