/* creal, cimag, conj, cproj, cabs, carg: parts, conjugate, projection onto the Riemann sphere
 * (any infinite part gives +inf + i copysign(0, imag), even with a NaN part; Annex G.6), modulus
 * by hypot and argument by atan2, which already follow Annex F for zeros, infinities and NaN. */
#include <complex.h>
#include <math.h>

double creal(double _Complex z) { return __real__ z; }
double cimag(double _Complex z) { return __imag__ z; }
double _Complex conj(double _Complex z) { return __builtin_complex(__real__ z, -__imag__ z); }

double _Complex cproj(double _Complex z) {
  if (__builtin_isinf(__real__ z) || __builtin_isinf(__imag__ z))
    return __builtin_complex(__builtin_inf(), __builtin_copysign(0.0, __imag__ z));
  return z;
}

double cabs(double _Complex z) { return hypot(__real__ z, __imag__ z); }
double carg(double _Complex z) { return atan2(__imag__ z, __real__ z); }
