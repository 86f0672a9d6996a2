/* fmod: exact remainder x - n*y with n = trunc(x/y), computed on the integer significands by
 * shift and subtract (no frem: the code generator would lower it to a call of fmod). y = 0 or an
 * infinite x is a domain error (EDOM, as glibc). */
#include <errno.h>
#include <math.h>
#include <stdint.h>

static uint64_t bits_of(double x) {
  uint64_t b;
  __builtin_memcpy(&b, &x, sizeof b);
  return b;
}

static double from_bits(uint64_t b) {
  double x;
  __builtin_memcpy(&x, &b, sizeof x);
  return x;
}

double fmod(double x, double y) {
  uint64_t bx = bits_of(x), by = bits_of(y);
  uint64_t sign = bx & (1ull << 63);
  bx &= ~(1ull << 63);
  by &= ~(1ull << 63);
  if (by == 0 || bx >= 0x7ffull << 52 || by > 0x7ffull << 52) {
    if (bx <= 0x7ffull << 52 && by <= 0x7ffull << 52) errno = EDOM; /* no NaN operand */
    return (x * y) / (x * y);
  }
  if (bx < by) return x;
  int ex = (int)(bx >> 52), ey = (int)(by >> 52);
  uint64_t mx = bx & ((1ull << 52) - 1), my = by & ((1ull << 52) - 1);
  /* Normalise subnormals so that both significands have their leading bit at 52. */
  if (ex) mx |= 1ull << 52;
  else for (ex = 1; !(mx >> 52); ex--) mx <<= 1;
  if (ey) my |= 1ull << 52;
  else for (ey = 1; !(my >> 52); ey--) my <<= 1;
  for (; ex > ey; ex--) {
    if (mx >= my) mx -= my;
    if (!mx) return from_bits(sign);
    mx <<= 1;
  }
  if (mx >= my) mx -= my;
  if (!mx) return from_bits(sign);
  for (; !(mx >> 52); ex--) mx <<= 1;
  uint64_t r;
  if (ex > 0) {
    r = (uint64_t)ex << 52 | (mx & ((1ull << 52) - 1));
  } else {
    r = mx >> (1 - ex); /* subnormal: exact, since |r| < |y| */
  }
  return from_bits(sign | r);
}
