/* sinh, cosh, tanh, asinh, acosh, atanh and their float versions. With E = e^|x| - 1 as a
 * double-double (math_kernels.c): sinh = (E + E/(E+1))/2, cosh = ((E+1) + 1/(E+1))/2 (or
 * e^|x|/2 for |x| >= 22, scaled so it overflows only at the end), tanh = E2/(E2 + 2) with
 * E2 = e^2|x| - 1. The inverses take the log kernel of a double-double argument:
 * asinh = log(|x| + sqrt(x^2 + 1)), acosh = log(x + sqrt(x^2 - 1)), atanh =
 * log((1 + x)/(1 - x))/2, each sum and quotient formed as a double-double. */
#include "math_impl.h"

/* log(u.h + u.l) as a double-double. */
static dd_t log_of(dd_t u) {
  double l, r = __math_log_dd(u.h, &l);
  return fast_two_sum(r, l + u.l / u.h);
}

static double half_exp(double ax) {
  double h, l;
  int k = __math_exp_dd(ax, 0, &h, &l);
  return __math_exp_finish(h, l, k - 1);
}

double sinh(double x) {
  if (__builtin_isnan(x) || __builtin_isinf(x)) return x + x;
  double ax = __builtin_fabs(x);
  if (ax < 0x1p-27) return x;
  if (ax > 710.4758600739439) return math_err(__builtin_copysign(HUGE_VAL, x), ERANGE);
  if (ax >= 22) return __builtin_copysign(half_exp(ax), x);
  dd_t e = __math_expm1_dd(ax);
  dd_t r = dd_add(e, dd_div(e, dd_add_d(e, 1.0)));
  return __builtin_copysign(0.5 * (r.h + r.l), x);
}

double cosh(double x) {
  if (__builtin_isnan(x)) return x + x;
  double ax = __builtin_fabs(x);
  if (__builtin_isinf(x)) return ax;
  if (ax < 0x1p-27) return 1.0;
  if (ax > 710.4758600739439) return math_err(HUGE_VAL, ERANGE);
  if (ax >= 22) return half_exp(ax);
  dd_t e = dd_add_d(__math_expm1_dd(ax), 1.0);
  dd_t r = dd_add(e, dd_div(dd(1, 0), e));
  return 0.5 * (r.h + r.l);
}

double tanh(double x) {
  if (__builtin_isnan(x)) return x + x;
  double ax = __builtin_fabs(x);
  if (ax > 22) return __builtin_copysign(1.0, x);
  if (ax < 0x1p-27) return x;
  dd_t e = __math_expm1_dd(2 * ax);
  dd_t r = dd_div(e, dd_add_d(e, 2.0));
  return __builtin_copysign(r.h + r.l, x);
}

double asinh(double x) {
  if (__builtin_isnan(x) || __builtin_isinf(x)) return x + x;
  double ax = __builtin_fabs(x);
  if (ax < 0x1p-27) return x;
  dd_t r;
  if (ax > 0x1p28) {
    r = dd_add(log_of(dd(ax, 0)), dd(LN2_H, LN2_L));
  } else {
    dd_t sq = two_prod(ax, ax);
    dd_t s = dd_sqrt(dd_add_d(sq, 1.0));
    r = log_of(dd_add_d(s, ax));
  }
  return __builtin_copysign(r.h + r.l, x);
}

double acosh(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (x < 1) return math_err(__builtin_nan(""), EDOM);
  if (__builtin_isinf(x)) return x;
  if (x == 1) return 0.0;
  dd_t r;
  if (x > 0x1p28) {
    r = dd_add(log_of(dd(x, 0)), dd(LN2_H, LN2_L));
  } else {
    dd_t sq = two_prod(x, x);
    dd_t s = dd_sqrt(dd_add_d(sq, -1.0));
    r = log_of(dd_add_d(s, x));
  }
  return r.h + r.l;
}

double atanh(double x) {
  if (__builtin_isnan(x)) return x + x;
  double ax = __builtin_fabs(x);
  if (ax > 1) return math_err(__builtin_nan(""), EDOM);
  if (ax == 1) return math_err(__builtin_copysign(HUGE_VAL, x), ERANGE);
  if (ax < 0x1p-27) return x;
  dd_t q = dd_div(two_sum(1.0, ax), two_sum(1.0, -ax));
  dd_t r = log_of(q);
  return __builtin_copysign(0.5 * (r.h + r.l), x);
}

float sinhf(float x) { return math_f(sinh(x)); }
float coshf(float x) { return math_f(cosh(x)); }
float tanhf(float x) { return (float)tanh(x); }
float asinhf(float x) { return (float)asinh(x); }
float acoshf(float x) { return (float)acosh(x); }
float atanhf(float x) { return (float)atanh(x); }
