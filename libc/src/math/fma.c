/* fma, fmaf: x*y + z rounded once. The product of the 53-bit integer significands is formed
 * exactly as a 106-bit integer (four 32-bit partial products), z's significand is placed at the
 * same scale, the operand with the smaller exponent is shifted right keeping a sticky bit, the
 * two are added or subtracted as 128-bit integers, and the sum is rounded to nearest-even at 53
 * bits (or at the subnormal boundary) before the exact final scaling. fmaf: the float product
 * is exact in double; the sum with z is formed exactly as a double-double and rounded to odd
 * in double (53 >= 24 + 2 bits), so the final conversion to float rounds correctly. */
#include "math_impl.h"

typedef struct {
  uint64_t hi, lo;
} u128;

static u128 shr_sticky(u128 a, int n) {
  u128 r;
  if (n <= 0) return a;
  if (n >= 128) {
    r.hi = 0;
    r.lo = (a.hi | a.lo) != 0;
    return r;
  }
  uint64_t lost;
  if (n >= 64) {
    lost = a.lo | (n > 64 ? a.hi << (128 - n) : 0);
    r.lo = n == 64 ? a.hi : a.hi >> (n - 64);
    r.hi = 0;
  } else {
    lost = a.lo << (64 - n);
    r.lo = (a.lo >> n) | (a.hi << (64 - n));
    r.hi = a.hi >> n;
  }
  r.lo |= lost != 0;
  return r;
}

/* S >> n, without sticky. */
static u128 shr(u128 a, int n) {
  u128 r = {0, 0};
  if (n <= 0) return a;
  if (n >= 128) return r;
  if (n >= 64) {
    r.lo = n == 64 ? a.hi : a.hi >> (n - 64);
  } else {
    r.lo = (a.lo >> n) | (a.hi << (64 - n));
    r.hi = a.hi >> n;
  }
  return r;
}

static int bit(u128 a, int i) {
  if (i < 0 || i >= 128) return 0;
  return (int)((i >= 64 ? a.hi >> (i - 64) : a.lo >> i) & 1);
}

/* Any of the n lowest bits set. */
static int low_nonzero(u128 a, int n) {
  if (n <= 0) return 0;
  if (n >= 128) return (a.hi | a.lo) != 0;
  if (n >= 64) return a.lo != 0 || (n > 64 && (a.hi << (128 - n)) != 0);
  return (a.lo << (64 - n)) != 0;
}

static u128 shl(u128 a, int n) {
  u128 r;
  if (n <= 0) return a;
  if (n >= 64) {
    r.hi = a.lo << (n - 64);
    r.lo = 0;
  } else {
    r.hi = (a.hi << n) | (a.lo >> (64 - n));
    r.lo = a.lo << n;
  }
  return r;
}

static int clz128(u128 a) {
  if (a.hi) return __builtin_clzll(a.hi);
  return 64 + __builtin_clzll(a.lo);
}

/* x = m 2^e with m a 53-bit integer (subnormals: fewer bits). */
static uint64_t decompose(double x, int *e) {
  uint64_t b = asu64(x);
  int be = (int)(b >> 52 & 0x7ff);
  uint64_t m = b & ((1ull << 52) - 1);
  if (be) m |= 1ull << 52;
  else be = 1;
  *e = be - 1075;
  return m;
}

double fma(double x, double y, double z) {
  if (!__builtin_isfinite(x) || !__builtin_isfinite(y) || !__builtin_isfinite(z) || x == 0 || y == 0)
    return x * y + z;
  if (z == 0) return x * y;
  int ex, ey, ez;
  uint64_t mx = decompose(x, &ex), my = decompose(y, &ey), mz = decompose(z, &ez);
  int sp = __builtin_signbit(x) != __builtin_signbit(y), sz = __builtin_signbit(z) != 0;
  /* Exact product. */
  uint64_t x0 = mx & 0xffffffffu, x1 = mx >> 32, y0 = my & 0xffffffffu, y1 = my >> 32;
  uint64_t p00 = x0 * y0, p01 = x0 * y1, p10 = x1 * y0, p11 = x1 * y1;
  uint64_t mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
  u128 P;
  P.lo = (p00 & 0xffffffffu) | (mid << 32);
  P.hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
  int eP = ex + ey;
  u128 Z = {0, mz};
  int eZ = ez;
  /* Normalise both so the leading bit is at position 125. */
  int sh = clz128(P) - 2;
  P = shl(P, sh);
  eP -= sh;
  sh = clz128(Z) - 2;
  Z = shl(Z, sh);
  eZ -= sh;
  int e;
  if (eP >= eZ) {
    Z = shr_sticky(Z, eP - eZ);
    e = eP;
  } else {
    P = shr_sticky(P, eZ - eP);
    e = eZ;
  }
  u128 S;
  int sign;
  if (sp == sz) {
    S.lo = P.lo + Z.lo;
    S.hi = P.hi + Z.hi + (S.lo < P.lo);
    sign = sp;
  } else {
    int pbig = P.hi > Z.hi || (P.hi == Z.hi && P.lo >= Z.lo);
    u128 a = pbig ? P : Z, b = pbig ? Z : P;
    S.lo = a.lo - b.lo;
    S.hi = a.hi - b.hi - (a.lo < b.lo);
    sign = pbig ? sp : sz;
    if (!S.hi && !S.lo) return 0.0;
  }
  /* Value = S 2^e. Leading bit L; keep 53 bits, or fewer below 2^-1074. */
  int L = 127 - clz128(S);
  int drop = L - 52;
  if (e + drop < -1074) drop = -1074 - e;
  uint64_t m;
  if (drop <= 0) {
    m = S.lo << -drop; /* exact: no bits to drop */
    e += drop;
  } else {
    u128 t = shr(S, drop);
    m = t.lo;
    int rb = bit(S, drop - 1);
    int st = low_nonzero(S, drop - 1);
    if (rb && (st || (m & 1))) m++;
    e += drop;
  }
  int saved = errno; /* glibc's fma leaves errno alone */
  double r = scalbn((double)m, e);
  errno = saved;
  return sign ? -r : r;
}

float fmaf(float x, float y, float z) {
  double p = (double)x * y; /* exact */
  if (!__builtin_isfinite(p) || !__builtin_isfinite(z)) return (float)(p + z);
  /* Round p + z to odd in double (exact sum as a double-double), then to float once. */
  dd_t s = two_sum(p, z);
  double r = s.h;
  if (s.l != 0) {
    uint64_t b = asu64(r);
    if (!(b & 1)) {
      /* the true sum is on the side of s.l: step toward it to make the last bit odd */
      if ((s.l > 0) == (r > 0)) b++;
      else b--;
      r = asdouble(b);
    }
  }
  return (float)r;
}
