/* cexp, clog, cpow. cexp(x + iy) = e^x (cos y + i sin y); e^x is formed as (e^(x/2))^2 so that
 * e^x cos y stays finite when only e^x would overflow. Special values as Annex G.6.3.1: a zero
 * imaginary part is kept (exp(x) + i y), +-inf real parts give infinities or zeros signed by
 * cos y and sin y, and an infinite or NaN y with a finite x gives NaN + iNaN.
 * clog(z) = log|z| + i arg z; near |z| = 1, log|z| = log1p(x^2 + y^2 - 1) / 2 with the squares
 * summed exactly in double-double, so it keeps its relative accuracy. Special values (-0 + i0
 * gives -inf + i pi, an infinite part gives +inf) come from hypot and atan2.
 * cpow(z, w) = cexp(w clog z): the plain formula, no special cases. */
#include <complex.h>
#include <math.h>

#include "../math/math_impl.h"

double _Complex cexp(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  if (y == 0) return __builtin_complex(exp(x), y);
  if (__builtin_isinf(x)) {
    if (__builtin_isfinite(y)) {
      double m = x > 0 ? x : 0.0;
      return __builtin_complex(__builtin_copysign(m, cos(y)), __builtin_copysign(m, sin(y)));
    }
    /* y infinite or NaN: +inf + iNaN, or +-0 +- i0 for -inf */
    if (x > 0) return __builtin_complex(x, y - y);
    return __builtin_complex(0.0, 0.0);
  }
  if (__builtin_isnan(x) || !__builtin_isfinite(y)) {
    double n = __builtin_nan("");
    return __builtin_complex(n, n);
  }
  double c = cos(y), s = sin(y);
  if (x > 700) {
    double h = exp(x * 0.5);
    return __builtin_complex(c * h * h, s * h * h);
  }
  double e = exp(x);
  return __builtin_complex(e * c, e * s);
}

double _Complex clog(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  double h = hypot(x, y), re;
  if (h > 0.7 && h < 1.4) {
    dd_t p = two_prod(x, x), q = two_prod(y, y);
    dd_t s = dd_add_d(dd_add(two_sum(p.h, -1.0), q), p.l);
    re = 0.5 * log1p(s.h + s.l);
  } else {
    re = log(h);
  }
  return __builtin_complex(re, atan2(y, x));
}

double _Complex cpow(double _Complex z, double _Complex w) { return cexp(w * clog(z)); }
