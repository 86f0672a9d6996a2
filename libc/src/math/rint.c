/* rint, nearbyint (one Wasm instruction: nearest, ties to even; there is one rounding mode and
 * no exception flags), lrint, llrint, and round's float and integer variants. Integer results
 * out of range are unspecified in C; the conversions here saturate. */
#include <math.h>

double rint(double x) { return __builtin_rint(x); }
float rintf(float x) { return __builtin_rintf(x); }
double nearbyint(double x) { return __builtin_rint(x); }
float nearbyintf(float x) { return __builtin_rintf(x); }
long lrint(double x) { return (long)__builtin_rint(x); }
long long llrint(double x) { return (long long)__builtin_rint(x); }

float roundf(float x) {
  float t = __builtin_truncf(x);
  if (__builtin_fabsf(x - t) >= 0.5f) t += __builtin_copysignf(1.0f, x);
  return t;
}

long lround(double x) { return (long)round(x); }
long long llround(double x) { return (long long)round(x); }
