/* casin, cacos, cacosh, catanh and casinh z = -i casin(iz), catan z = -i catanh(iz). The first
 * three use Kahan's formulas ("Branch cuts for complex elementary functions", 1987) over square
 * roots of 1 - z and 1 + z, whose signed zeros put the branch cuts on the right side:
 *   casin z  = atan2(x, Re(sqrt(1-z) sqrt(1+z))) + i asinh(Im(conj(sqrt(1-z)) sqrt(1+z)))
 *   cacos z  = 2 atan2(Re sqrt(1-z), Re sqrt(1+z)) + i asinh(Im(conj(sqrt(1+z)) sqrt(1-z)))
 *   cacosh z = asinh(Re(conj(sqrt(z-1)) sqrt(z+1))) + i 2 atan2(Im sqrt(z-1), Re sqrt(z+1))
 *   catanh z = log1p(4x / ((1-x)^2 + y^2)) / 4 + i atan2(2y, (1-x)(1+x) - y^2) / 2
 * Infinite and NaN operands are not treated apart (Annex G's special values are not all met),
 * and catanh's real part underflows to 0 for |z| beyond about 1e154. */
#include <complex.h>
#include <math.h>

double _Complex casin(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  double _Complex u = csqrt(__builtin_complex(1.0 - x, -y));
  double _Complex v = csqrt(__builtin_complex(1.0 + x, y));
  double re = atan2(x, __real__ u * __real__ v - __imag__ u * __imag__ v);
  double im = asinh(__real__ u * __imag__ v - __imag__ u * __real__ v);
  return __builtin_complex(re, im);
}

double _Complex cacos(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  double _Complex u = csqrt(__builtin_complex(1.0 - x, -y));
  double _Complex v = csqrt(__builtin_complex(1.0 + x, y));
  double re = 2.0 * atan2(__real__ u, __real__ v);
  double im = asinh(__real__ v * __imag__ u - __imag__ v * __real__ u);
  return __builtin_complex(re, im);
}

double _Complex cacosh(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  double _Complex u = csqrt(__builtin_complex(x - 1.0, y));
  double _Complex v = csqrt(__builtin_complex(x + 1.0, y));
  double re = asinh(__real__ u * __real__ v + __imag__ u * __imag__ v);
  double im = 2.0 * atan2(__imag__ u, __real__ v);
  return __builtin_complex(re, im);
}

double _Complex catanh(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  double a = 1.0 - x;
  double re = 0.25 * log1p(4.0 * x / (a * a + y * y));
  double im = 0.5 * atan2(2.0 * y, a * (1.0 + x) - y * y);
  return __builtin_complex(re, im);
}

double _Complex casinh(double _Complex z) {
  double _Complex w = casin(__builtin_complex(-__imag__ z, __real__ z));
  return __builtin_complex(__imag__ w, -__real__ w);
}

double _Complex catan(double _Complex z) {
  double _Complex w = catanh(__builtin_complex(-__imag__ z, __real__ z));
  return __builtin_complex(__imag__ w, -__real__ w);
}
