/* fabs, sqrt, floor, ceil, trunc, copysign (double and float): each is one Wasm instruction,
 * reached through the LLVM intrinsic the builtin lowers to. sqrt of a negative number also sets
 * errno to EDOM (glibc). */
#include <errno.h>
#include <math.h>

double fabs(double x) { return __builtin_fabs(x); }
float fabsf(float x) { return __builtin_fabsf(x); }
double sqrt(double x) {
  if (x < 0) errno = EDOM;
  return __builtin_sqrt(x);
}
float sqrtf(float x) {
  if (x < 0) errno = EDOM;
  return __builtin_sqrtf(x);
}
double floor(double x) { return __builtin_floor(x); }
float floorf(float x) { return __builtin_floorf(x); }
double ceil(double x) { return __builtin_ceil(x); }
float ceilf(float x) { return __builtin_ceilf(x); }
double trunc(double x) { return __builtin_trunc(x); }
float truncf(float x) { return __builtin_truncf(x); }
double copysign(double x, double y) { return __builtin_copysign(x, y); }
float copysignf(float x, float y) { return __builtin_copysignf(x, y); }
