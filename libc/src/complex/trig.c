/* csinh, ccosh, ctanh and csin, ccos, ctan (through csin z = -i csinh(iz), ccos z = ccosh(iz),
 * ctan z = -i ctanh(iz)). csinh and ccosh use the textbook formulas (sinh x cos y + i cosh x
 * sin y...), keeping a zero imaginary part exact; ctanh uses Kahan's form (t = tan y,
 * b = 1 + t^2, s = sinh x: (b s sqrt(1 + s^2) + i t) / (1 + b s^2)), and for |x| > 22 returns
 * +-1 + i 2 sin 2y e^-2|x| (no overflow). Infinities and NaNs are not treated apart. */
#include <complex.h>
#include <math.h>

double _Complex csinh(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  if (y == 0) return __builtin_complex(sinh(x), y);
  return __builtin_complex(sinh(x) * cos(y), cosh(x) * sin(y));
}

double _Complex ccosh(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  if (y == 0) return __builtin_complex(cosh(x), __builtin_copysign(0.0, x) * y);
  return __builtin_complex(cosh(x) * cos(y), sinh(x) * sin(y));
}

double _Complex ctanh(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  if (__builtin_fabs(x) > 22) {
    double im = __builtin_copysign(0.0, y);
    if (__builtin_isfinite(y)) im = 4.0 * sin(y) * cos(y) * exp(-2.0 * __builtin_fabs(x));
    return __builtin_complex(__builtin_copysign(1.0, x), im);
  }
  double t = tan(y), b = 1.0 + t * t, s = sinh(x);
  double den = 1.0 + b * s * s;
  return __builtin_complex(b * s * sqrt(1.0 + s * s) / den, t / den);
}

double _Complex csin(double _Complex z) {
  double _Complex w = csinh(__builtin_complex(-__imag__ z, __real__ z));
  return __builtin_complex(__imag__ w, -__real__ w);
}

double _Complex ccos(double _Complex z) {
  return ccosh(__builtin_complex(-__imag__ z, __real__ z));
}

double _Complex ctan(double _Complex z) {
  double _Complex w = ctanh(__builtin_complex(-__imag__ z, __real__ z));
  return __builtin_complex(__imag__ w, -__real__ w);
}
