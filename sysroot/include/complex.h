/* complex.h: C99/C11 complex arithmetic. long double is double on this target, so the l
 * functions are the double ones. Multiplication and division call __muldc3/__divdc3 (and the
 * float __mulsc3/__divsc3), which follow Annex G. */
#ifndef _COMPLEX_H
#define _COMPLEX_H

#ifdef __cplusplus
extern "C" {
#endif

#define complex _Complex
#define _Complex_I (__extension__ 1.0iF)
#undef I
#define I _Complex_I

#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))

#define __CX_DECL(name)                                              \
  double _Complex name(double _Complex __z);                         \
  float _Complex name##f(float _Complex __z);                        \
  long double _Complex name##l(long double _Complex __z);

__CX_DECL(cacos)
__CX_DECL(casin)
__CX_DECL(catan)
__CX_DECL(ccos)
__CX_DECL(csin)
__CX_DECL(ctan)
__CX_DECL(cacosh)
__CX_DECL(casinh)
__CX_DECL(catanh)
__CX_DECL(ccosh)
__CX_DECL(csinh)
__CX_DECL(ctanh)
__CX_DECL(cexp)
__CX_DECL(clog)
__CX_DECL(csqrt)
__CX_DECL(conj)
__CX_DECL(cproj)
#undef __CX_DECL

double _Complex cpow(double _Complex __x, double _Complex __y);
float _Complex cpowf(float _Complex __x, float _Complex __y);
long double _Complex cpowl(long double _Complex __x, long double _Complex __y);

double cabs(double _Complex __z);
float cabsf(float _Complex __z);
long double cabsl(long double _Complex __z);
double carg(double _Complex __z);
float cargf(float _Complex __z);
long double cargl(long double _Complex __z);
double creal(double _Complex __z);
float crealf(float _Complex __z);
long double creall(long double _Complex __z);
double cimag(double _Complex __z);
float cimagf(float _Complex __z);
long double cimagl(long double _Complex __z);

#ifdef __cplusplus
}
#endif

#endif
