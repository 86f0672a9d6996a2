/* sin, cos, tan and their float versions: x is reduced to y = x - n pi/2 (|y| <= pi/4, a
 * double-double, exact reduction even for huge x; math_kernels.c), sin y and cos y come from
 * their Taylor series as double-doubles, and n mod 4 picks the result (tan is sin/cos or
 * -cos/sin as a double-double quotient), rounded once. Infinite x is a domain error (EDOM). */
#include "math_impl.h"

static int reduce(double x, dd_t *s, dd_t *c) {
  double yh, yl;
  int n = __math_rem_pio2(x, &yh, &yl);
  __math_sincos_dd(yh, yl, s, c);
  return n;
}

double sin(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (__builtin_isinf(x)) return math_err(__builtin_nan(""), EDOM);
  if (__builtin_fabs(x) < 0x1p-26) return x;
  dd_t s, c;
  switch (reduce(x, &s, &c)) {
  case 0: return s.h + s.l;
  case 1: return c.h + c.l;
  case 2: return -(s.h + s.l);
  default: return -(c.h + c.l);
  }
}

double cos(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (__builtin_isinf(x)) return math_err(__builtin_nan(""), EDOM);
  if (__builtin_fabs(x) < 0x1p-27) return 1.0;
  dd_t s, c;
  switch (reduce(x, &s, &c)) {
  case 0: return c.h + c.l;
  case 1: return -(s.h + s.l);
  case 2: return -(c.h + c.l);
  default: return s.h + s.l;
  }
}

double tan(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (__builtin_isinf(x)) return math_err(__builtin_nan(""), EDOM);
  if (__builtin_fabs(x) < 0x1p-27) return x;
  dd_t s, c, t;
  if (reduce(x, &s, &c) & 1) t = dd_neg(dd_div(c, s));
  else t = dd_div(s, c);
  return t.h + t.l;
}

float sinf(float x) { return (float)sin(x); }
float cosf(float x) { return (float)cos(x); }
float tanf(float x) { return (float)tan(x); }
