/* remainder, remquo and their float versions: x - n y with n = x/y rounded to nearest (ties to
 * even), exact. |x| mod |y| and the low bits of the truncated quotient come from shift and
 * subtract on the integer significands (the quotient bits are shifted in as they are produced);
 * the remainder is then moved to the nearer multiple. remquo stores the quotient's three low
 * bits with the sign of x/y, as glibc does. y = 0 or infinite x: NaN (and EDOM for remainder). */
#include "math_impl.h"

static double rem_core(double x, double y, int *quo, int set_errno) {
  *quo = 0;
  if (__builtin_isnan(x) || __builtin_isnan(y)) return x + y;
  if (y == 0 || __builtin_isinf(x)) {
    if (set_errno) errno = EDOM; /* remainder does, remquo does not (glibc) */
    return __builtin_nan("");
  }
  int qsign = __builtin_signbit(x) != __builtin_signbit(y);
  double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
  if (__builtin_isinf(y)) return x;
  uint64_t bx = asu64(ax), by = asu64(ay);
  unsigned q = 0;
  double r;
  if (bx < by) {
    r = ax;
  } else {
    int ex = (int)(bx >> 52), ey = (int)(by >> 52);
    uint64_t mx = bx & ((1ull << 52) - 1), my = by & ((1ull << 52) - 1);
    if (ex) mx |= 1ull << 52;
    else for (ex = 1; !(mx >> 52); ex--) mx <<= 1;
    if (ey) my |= 1ull << 52;
    else for (ey = 1; !(my >> 52); ey--) my <<= 1;
    int shifts = ex - ey;
    for (int i = 0; i < shifts; i++) {
      if (mx >= my) {
        mx -= my;
        q = q << 1 | 1;
      } else {
        q <<= 1;
      }
      mx <<= 1;
    }
    if (mx >= my) {
      mx -= my;
      q = q << 1 | 1;
    } else {
      q <<= 1;
    }
    /* remainder = mx 2^(ey - 1075) */
    r = mx ? scalbn((double)mx, ey - 1075) : 0.0;
  }
  /* Move to the nearest multiple: compare r with ay/2 without overflow. */
  if (r > ay - r || (r == ay - r && (q & 1))) {
    r -= ay;
    q++;
  }
  q &= 7;
  *quo = qsign ? -(int)q : (int)q;
  if (r == 0) r = 0.0;
  return __builtin_signbit(x) ? -r : r;
}

double remquo(double x, double y, int *quo) { return rem_core(x, y, quo, 0); }

double remainder(double x, double y) {
  int q;
  return rem_core(x, y, &q, 1);
}

float remquof(float x, float y, int *quo) { return (float)rem_core(x, y, quo, 0); }

float remainderf(float x, float y) {
  int q;
  return (float)rem_core(x, y, &q, 1);
}
