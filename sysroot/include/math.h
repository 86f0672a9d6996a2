/* <math.h>: only what libc implements so far (no transcendental functions yet). */
#ifndef _MATH_H
#define _MATH_H

#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define HUGE_VALL __builtin_huge_vall()
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

#define fpclassify(x) \
  __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define isfinite(x) __builtin_isfinite(x)
#define isinf(x) __builtin_isinf(x)
#define isnan(x) __builtin_isnan(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)

double fabs(double __x);
float fabsf(float __x);
double sqrt(double __x);
float sqrtf(float __x);
double floor(double __x);
float floorf(float __x);
double ceil(double __x);
float ceilf(float __x);
double trunc(double __x);
float truncf(float __x);
double round(double __x);
float roundf(float __x);
long lround(double __x);
long long llround(double __x);
double rint(double __x);
float rintf(float __x);
double nearbyint(double __x);
float nearbyintf(float __x);
long lrint(double __x);
long long llrint(double __x);
double copysign(double __x, double __y);
float copysignf(float __x, float __y);
double fmod(double __x, double __y);
float fmodf(float __x, float __y);
double ldexp(double __x, int __n);
float ldexpf(float __x, int __n);
double scalbn(double __x, int __n);
float scalbnf(float __x, int __n);
double frexp(double __x, int *__e);

#endif
