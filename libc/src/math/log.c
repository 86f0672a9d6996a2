/* log, log2, log10, log1p and their float versions, on the double-double log kernel
 * (math_kernels.c); log2 and log10 multiply by 1/ln2 and 1/ln10 as double-doubles, log1p takes
 * log of the exact sum 1 + x = u + v as log(u) + v/u. Domain errors give NaN and EDOM, log(0)
 * gives -inf and ERANGE (as glibc). */
#include "math_impl.h"

static int special(double x, double *r) {
  if (__builtin_isnan(x)) {
    *r = x + x;
    return 1;
  }
  if (x < 0) {
    *r = math_err(__builtin_nan(""), EDOM);
    return 1;
  }
  if (x == 0) {
    *r = math_err(-HUGE_VAL, ERANGE);
    return 1;
  }
  if (__builtin_isinf(x)) {
    *r = x;
    return 1;
  }
  return 0;
}

double log(double x) {
  double r, l;
  if (special(x, &r)) return r;
  r = __math_log_dd(x, &l);
  return r + l;
}

double log2(double x) {
  double r, l;
  if (special(x, &r)) return r;
  r = __math_log_dd(x, &l);
  dd_t p = dd_mul(dd(r, l), dd(LOG2E_H, LOG2E_L));
  return p.h + p.l;
}

double log10(double x) {
  double r, l;
  if (special(x, &r)) return r;
  r = __math_log_dd(x, &l);
  dd_t p = dd_mul(dd(r, l), dd(LOG10E_H, LOG10E_L));
  return p.h + p.l;
}

double log1p(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (x < -1) return math_err(__builtin_nan(""), EDOM);
  if (x == -1) return math_err(-HUGE_VAL, ERANGE);
  if (__builtin_isinf(x)) return x;
  if (__builtin_fabs(x) < 0x1p-54) return x;
  dd_t u = two_sum(1.0, x);
  double l, r = __math_log_dd(u.h, &l);
  dd_t s = fast_two_sum(r, l + u.l / u.h);
  return s.h + s.l;
}

float logf(float x) { return (float)log(x); }
float log2f(float x) { return (float)log2(x); }
float log10f(float x) { return (float)log10(x); }
float log1pf(float x) { return (float)log1p(x); }
