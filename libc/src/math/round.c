/* round: to nearest, halfway cases away from zero (Wasm's nearest rounds them to even). */
#include <math.h>

double round(double x) {
  double t = __builtin_trunc(x);
  if (__builtin_fabs(x - t) >= 0.5) t += __builtin_copysign(1.0, x);
  return t;
}
