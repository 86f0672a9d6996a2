/* <math.h>: C99's double and float functions, classification macros and constants. long
 * double is IEEE double on this target, so each long double function (sinl, frexpl, ...) is
 * its double function (libc/src/math/long_double.c). Errors are reported through errno (math_errhandling is MATH_ERRNO;
 * there are no floating-point exception flags). M_* constants and signgam need _DEFAULT_SOURCE,
 * _GNU_SOURCE, _BSD_SOURCE or _XOPEN_SOURCE, or no strict -std (as glibc). */
#ifndef _MATH_H
#define _MATH_H

#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define HUGE_VALL __builtin_huge_vall()
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling MATH_ERRNO

typedef float float_t;
typedef double double_t;

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

#define fpclassify(x) \
  __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define isfinite(x) __builtin_isfinite(x)
#define isinf(x) __builtin_isinf_sign(x)
#define isnan(x) __builtin_isnan(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)
#define isgreater(x, y) __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y) __builtin_isless(x, y)
#define islessequal(x, y) __builtin_islessequal(x, y)
#define islessgreater(x, y) __builtin_islessgreater(x, y)
#define isunordered(x, y) __builtin_isunordered(x, y)

#if defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE) || \
    defined(_XOPEN_SOURCE) || !defined(__STRICT_ANSI__)
#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440
#endif

#if defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE) || \
    defined(_XOPEN_SOURCE) || !defined(__STRICT_ANSI__)
extern int signgam;
#endif

double acos(double __x);
float acosf(float __x);
double asin(double __x);
float asinf(float __x);
double atan(double __x);
float atanf(float __x);
double atan2(double __y, double __x);
float atan2f(float __y, float __x);
double cos(double __x);
float cosf(float __x);
double sin(double __x);
float sinf(float __x);
double tan(double __x);
float tanf(float __x);
double acosh(double __x);
float acoshf(float __x);
double asinh(double __x);
float asinhf(float __x);
double atanh(double __x);
float atanhf(float __x);
double cosh(double __x);
float coshf(float __x);
double sinh(double __x);
float sinhf(float __x);
double tanh(double __x);
float tanhf(float __x);
double exp(double __x);
float expf(float __x);
double exp2(double __x);
float exp2f(float __x);
double expm1(double __x);
float expm1f(float __x);
double frexp(double __x, int *__e);
float frexpf(float __x, int *__e);
int ilogb(double __x);
int ilogbf(float __x);
double ldexp(double __x, int __n);
float ldexpf(float __x, int __n);
double log(double __x);
float logf(float __x);
double log10(double __x);
float log10f(float __x);
double log1p(double __x);
float log1pf(float __x);
double log2(double __x);
float log2f(float __x);
double logb(double __x);
float logbf(float __x);
double modf(double __x, double *__i);
float modff(float __x, float *__i);
double scalbn(double __x, int __n);
float scalbnf(float __x, int __n);
double scalbln(double __x, long __n);
float scalblnf(float __x, long __n);
double cbrt(double __x);
float cbrtf(float __x);
double fabs(double __x);
float fabsf(float __x);
double hypot(double __x, double __y);
float hypotf(float __x, float __y);
double pow(double __x, double __y);
float powf(float __x, float __y);
double sqrt(double __x);
float sqrtf(float __x);
double erf(double __x);
float erff(float __x);
double erfc(double __x);
float erfcf(float __x);
double lgamma(double __x);
float lgammaf(float __x);
double tgamma(double __x);
float tgammaf(float __x);
double ceil(double __x);
float ceilf(float __x);
double floor(double __x);
float floorf(float __x);
double nearbyint(double __x);
float nearbyintf(float __x);
double rint(double __x);
float rintf(float __x);
long lrint(double __x);
long lrintf(float __x);
long long llrint(double __x);
long long llrintf(float __x);
double round(double __x);
float roundf(float __x);
long lround(double __x);
long lroundf(float __x);
long long llround(double __x);
long long llroundf(float __x);
double trunc(double __x);
float truncf(float __x);
double fmod(double __x, double __y);
float fmodf(float __x, float __y);
double remainder(double __x, double __y);
float remainderf(float __x, float __y);
double remquo(double __x, double __y, int *__q);
float remquof(float __x, float __y, int *__q);
double copysign(double __x, double __y);
float copysignf(float __x, float __y);
double nan(const char *__tag);
float nanf(const char *__tag);
double nextafter(double __x, double __y);
float nextafterf(float __x, float __y);
double nexttoward(double __x, long double __y);
float nexttowardf(float __x, long double __y);
double fdim(double __x, double __y);
float fdimf(float __x, float __y);
double fmax(double __x, double __y);
float fmaxf(float __x, float __y);
double fmin(double __x, double __y);
float fminf(float __x, float __y);
double fma(double __x, double __y, double __z);
float fmaf(float __x, float __y, float __z);

/* long double = double on this target: the l functions are the double ones. */
long double acosl(long double __x);
long double asinl(long double __x);
long double atanl(long double __x);
long double cosl(long double __x);
long double sinl(long double __x);
long double tanl(long double __x);
long double acoshl(long double __x);
long double asinhl(long double __x);
long double atanhl(long double __x);
long double coshl(long double __x);
long double sinhl(long double __x);
long double tanhl(long double __x);
long double expl(long double __x);
long double exp2l(long double __x);
long double expm1l(long double __x);
long double logl(long double __x);
long double log10l(long double __x);
long double log1pl(long double __x);
long double log2l(long double __x);
long double logbl(long double __x);
long double cbrtl(long double __x);
long double fabsl(long double __x);
long double sqrtl(long double __x);
long double erfl(long double __x);
long double erfcl(long double __x);
long double lgammal(long double __x);
long double tgammal(long double __x);
long double ceill(long double __x);
long double floorl(long double __x);
long double nearbyintl(long double __x);
long double rintl(long double __x);
long double roundl(long double __x);
long double truncl(long double __x);
long double atan2l(long double __x, long double __y);
long double fmodl(long double __x, long double __y);
long double remainderl(long double __x, long double __y);
long double copysignl(long double __x, long double __y);
long double nextafterl(long double __x, long double __y);
long double fdiml(long double __x, long double __y);
long double fmaxl(long double __x, long double __y);
long double fminl(long double __x, long double __y);
long double hypotl(long double __x, long double __y);
long double powl(long double __x, long double __y);
long double fmal(long double __x, long double __y, long double __z);
long double frexpl(long double __x, int *__e);
long double ldexpl(long double __x, int __e);
long double scalbnl(long double __x, int __e);
long double scalblnl(long double __x, long __e);
int ilogbl(long double __x);
long lrintl(long double __x);
long lroundl(long double __x);
long long llrintl(long double __x);
long long llroundl(long double __x);
long double remquol(long double __x, long double __y, int *__q);
long double nanl(const char *__tag);
long double nexttowardl(long double __x, long double __y);
long double modfl(long double __x, long double *__i);

#endif
