/* The small exact functions of <math.h>: nextafter/nexttoward (one step on the bit pattern,
 * ERANGE on overflow and on a subnormal or zero result, as glibc), nan, fdim, fmax, fmin, logb,
 * ilogb (EDOM for 0, inf and NaN, as glibc), modf, frexpf, scalbln, and the float forms of
 * lrint/llrint/lround/llround. long double is double on this target, so nexttoward is
 * nextafter. */
#include <limits.h>
#include "math_impl.h"

double nextafter(double x, double y) {
  if (__builtin_isnan(x) || __builtin_isnan(y)) return x + y;
  if (x == y) return y;
  if (x == 0) return __builtin_copysign(asdouble(1), y);
  uint64_t b = asu64(x);
  if ((x < y) == (x > 0)) b++;
  else b--;
  double r = asdouble(b);
  if (__builtin_isinf(r) || __builtin_fabs(r) < 0x1p-1022) errno = ERANGE;
  return r;
}

float nextafterf(float x, float y) {
  if (__builtin_isnan(x) || __builtin_isnan(y)) return x + y;
  if (x == y) return y;
  if (x == 0) {
    uint32_t one = 1;
    float m;
    __builtin_memcpy(&m, &one, sizeof m);
    return __builtin_copysignf(m, y);
  }
  uint32_t b = asu32(x);
  if ((x < y) == (x > 0)) b++;
  else b--;
  float r;
  __builtin_memcpy(&r, &b, sizeof r);
  if (__builtin_isinf(r) || __builtin_fabsf(r) < 0x1p-126f) errno = ERANGE;
  return r;
}

double nexttoward(double x, long double y) { return nextafter(x, (double)y); }

float nexttowardf(float x, long double y) {
  if (__builtin_isnan(x) || __builtin_isnan(y)) return (float)(x + y);
  if ((double)x == (double)y) return (float)y;
  return nextafterf(x, x < y ? __builtin_inff() : -__builtin_inff());
}

double nan(const char *s) {
  (void)s;
  return __builtin_nan("");
}

float nanf(const char *s) {
  (void)s;
  return __builtin_nanf("");
}

double fdim(double x, double y) {
  if (__builtin_isnan(x) || __builtin_isnan(y)) return x + y;
  if (x <= y) return 0.0;
  double r = x - y;
  if (__builtin_isinf(r) && !__builtin_isinf(x) && !__builtin_isinf(y)) errno = ERANGE;
  return r;
}

float fdimf(float x, float y) {
  if (__builtin_isnan(x) || __builtin_isnan(y)) return x + y;
  if (x <= y) return 0.0f;
  float r = x - y;
  if (__builtin_isinf(r) && !__builtin_isinf(x) && !__builtin_isinf(y)) errno = ERANGE;
  return r;
}

/* fmax/fmin: a NaN operand is ignored; -0 < +0. */
double fmax(double x, double y) {
  if (__builtin_isnan(x)) return y;
  if (__builtin_isnan(y)) return x;
  if (x == y) return __builtin_signbit(x) ? y : x;
  return x > y ? x : y;
}

double fmin(double x, double y) {
  if (__builtin_isnan(x)) return y;
  if (__builtin_isnan(y)) return x;
  if (x == y) return __builtin_signbit(x) ? x : y;
  return x < y ? x : y;
}

float fmaxf(float x, float y) { return (float)fmax(x, y); }
float fminf(float x, float y) { return (float)fmin(x, y); }

int ilogb(double x) {
  if (x == 0 || __builtin_isnan(x)) {
    errno = EDOM;
    return INT_MIN;
  }
  if (__builtin_isinf(x)) {
    errno = EDOM;
    return INT_MAX;
  }
  int e;
  frexp(x, &e);
  return e - 1;
}

int ilogbf(float x) { return ilogb(x); }

double logb(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (__builtin_isinf(x)) return __builtin_fabs(x);
  if (x == 0) return -HUGE_VAL;
  int e;
  frexp(x, &e);
  return e - 1;
}

float logbf(float x) { return (float)logb(x); }

double modf(double x, double *ip) {
  double t = __builtin_trunc(x);
  *ip = t;
  if (__builtin_isinf(x)) return __builtin_copysign(0.0, x);
  return __builtin_copysign(x - t, x);
}

float modff(float x, float *ip) {
  float t = __builtin_truncf(x);
  *ip = t;
  if (__builtin_isinf(x)) return __builtin_copysignf(0.0f, x);
  return __builtin_copysignf(x - t, x);
}

float frexpf(float x, int *e) { return (float)frexp(x, e); }

double scalbln(double x, long n) {
  if (n > INT_MAX) n = INT_MAX;
  if (n < INT_MIN) n = INT_MIN;
  return scalbn(x, (int)n);
}

float scalblnf(float x, long n) {
  if (n > INT_MAX) n = INT_MAX;
  if (n < INT_MIN) n = INT_MIN;
  return scalbnf(x, (int)n);
}

long lrintf(float x) { return (long)__builtin_rintf(x); }
long long llrintf(float x) { return (long long)__builtin_rintf(x); }
long lroundf(float x) { return (long)roundf(x); }
long long llroundf(float x) { return (long long)roundf(x); }
