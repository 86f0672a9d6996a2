/* ldexp, ldexpf, scalbn, scalbnf, frexp: scaling by powers of two on the bits, correctly rounded
 * when the result is subnormal (the final multiplication rounds once). A finite nonzero x whose
 * result overflows or becomes zero sets errno to ERANGE, as glibc. */
#include <errno.h>
#include <math.h>
#include <stdint.h>

static double bits_to_double(uint64_t b) {
  double x;
  __builtin_memcpy(&x, &b, sizeof x);
  return x;
}

static double scalbn_raw(double x, int n) {
  /* Multiply by 2^k in steps that stay exact until the last one. */
  const double two1023 = bits_to_double(0x7feull << 52);  /* 2^1023 */
  const double twom1022 = bits_to_double(0x001ull << 52); /* 2^-1022 */
  const double two53 = bits_to_double((uint64_t)(1023 + 53) << 52);
  if (n > 1023) {
    x *= two1023;
    n -= 1023;
    if (n > 1023) {
      x *= two1023;
      n -= 1023;
      if (n > 1023) n = 1023;
    }
  } else if (n < -1022) {
    /* Scale by 2^-1022 * 2^53 so that the intermediate stays normal (no double rounding). */
    x *= twom1022 * two53;
    n += 1022 - 53;
    if (n < -1022) {
      x *= twom1022 * two53;
      n += 1022 - 53;
      if (n < -1022) n = -1022;
    }
  }
  return x * bits_to_double((uint64_t)(1023 + n) << 52);
}

double scalbn(double x, int n) {
  double r = scalbn_raw(x, n);
  if (x != 0 && __builtin_isfinite(x) && (r == 0 || __builtin_isinf(r))) errno = ERANGE;
  return r;
}

double ldexp(double x, int n) { return scalbn(x, n); }

float scalbnf(float x, int n) {
  /* Exact in double unless the float result over- or underflows; then one rounding. */
  if (n > 300) n = 300;
  if (n < -300) n = -300;
  float r = (float)scalbn_raw(x, n);
  if (x != 0 && __builtin_isfinite(x) && (r == 0 || __builtin_isinf(r))) errno = ERANGE;
  return r;
}

float ldexpf(float x, int n) { return scalbnf(x, n); }

double frexp(double x, int *e) {
  uint64_t b;
  __builtin_memcpy(&b, &x, sizeof b);
  int be = (int)(b >> 52 & 0x7ff);
  if (!be) {
    if (!(b << 1)) {
      *e = 0;
      return x;
    }
    x *= bits_to_double((uint64_t)(1023 + 64) << 52); /* make it normal */
    __builtin_memcpy(&b, &x, sizeof b);
    be = (int)(b >> 52 & 0x7ff) - 64;
  } else if (be == 0x7ff) {
    *e = 0;
    return x;
  }
  *e = be - 1022;
  b = (b & ~(0x7ffull << 52)) | (uint64_t)1022 << 52;
  return bits_to_double(b);
}
