/* csqrt: principal square root, branch cut along the negative real axis (the sign of the
 * imaginary part, zero included, picks the side). For finite z, t = sqrt((|x| + |z|) / 2) is
 * one part and y / (2t) the other; operands near the overflow limit are scaled by 1/4 (t by 2),
 * tiny ones by 2^108 (t by 2^-54). Special values as Annex G.6.4.2: an infinite imaginary part
 * gives +inf + i y; -inf + iy gives +0 + i copysign(inf, y); +inf + iy gives +inf + i copysign(0, y);
 * NaNs propagate. */
#include <complex.h>
#include <math.h>

double _Complex csqrt(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  if (__builtin_isinf(y)) return __builtin_complex(__builtin_inf(), y);
  if (__builtin_isnan(x)) return __builtin_complex(x, y + x);
  if (__builtin_isinf(x)) {
    if (__builtin_isnan(y)) /* -inf + iNaN: NaN +- i inf (sign unspecified) */
      return x > 0 ? __builtin_complex(x, y) : __builtin_complex(y, __builtin_inf());
    if (x > 0) return __builtin_complex(x, __builtin_copysign(0.0, y));
    return __builtin_complex(0.0, __builtin_copysign(__builtin_inf(), y));
  }
  if (__builtin_isnan(y)) return __builtin_complex(y, y);
  if (x == 0 && y == 0) return __builtin_complex(0.0, y);
  double ax = __builtin_fabs(x), ay = __builtin_fabs(y), up = 1.0;
  if (ax > 0x1p1020 || ay > 0x1p1020) {
    ax *= 0.25;
    ay *= 0.25;
    up = 2.0;
  } else if (ax < 0x1p-1000 && ay < 0x1p-1000) {
    ax *= 0x1p108;
    ay *= 0x1p108;
    up = 0x1p-54;
  }
  double t = sqrt((ax + hypot(ax, ay)) * 0.5);
  double u = ay / (2.0 * t);
  t *= up;
  u *= up;
  if (x >= 0) return __builtin_complex(t, __builtin_copysign(u, y));
  return __builtin_complex(u, __builtin_copysign(t, y));
}
