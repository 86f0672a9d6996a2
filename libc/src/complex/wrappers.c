/* The float and long double complex functions: each calls its double function (long double is
 * double on this target; float results are rounded once from the double result, so special
 * values and signed zeros carry over). */
#include <complex.h>

#define UNARY(name)                                                                        \
  float _Complex name##f(float _Complex z) { return (float _Complex)name((double _Complex)z); } \
  long double _Complex name##l(long double _Complex z) {                                   \
    return (long double _Complex)name((double _Complex)z);                                 \
  }
#define REAL(name)                                                                         \
  float name##f(float _Complex z) { return (float)name((double _Complex)z); }              \
  long double name##l(long double _Complex z) { return name((double _Complex)z); }

UNARY(cacos)
UNARY(casin)
UNARY(catan)
UNARY(ccos)
UNARY(csin)
UNARY(ctan)
UNARY(cacosh)
UNARY(casinh)
UNARY(catanh)
UNARY(ccosh)
UNARY(csinh)
UNARY(ctanh)
UNARY(cexp)
UNARY(clog)
UNARY(csqrt)
UNARY(conj)
UNARY(cproj)
REAL(cabs)
REAL(carg)
REAL(creal)
REAL(cimag)

float _Complex cpowf(float _Complex z, float _Complex w) {
  return (float _Complex)cpow((double _Complex)z, (double _Complex)w);
}
long double _Complex cpowl(long double _Complex z, long double _Complex w) {
  return (long double _Complex)cpow((double _Complex)z, (double _Complex)w);
}
