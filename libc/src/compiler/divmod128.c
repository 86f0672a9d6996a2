/* 128-bit division for the code generator (wasm-backend/src/WideInts.cpp): __int128 and other
 * integers wider than 64 bits are pairs of 64-bit halves, and their division calls these.
 * Unsigned: binary long division, one quotient bit per step over the dividend's significant
 * bits, in 64-bit arithmetic only. Signed: divide magnitudes, then fix the signs as C does
 * (quotient truncated toward zero, remainder with the dividend's sign). Division by zero traps,
 * as the engine's 64-bit division does. */
#include <stdint.h>

static int clz64(uint64_t x) { return x ? __builtin_clzll(x) : 64; }

void __mswasm_udivmod128(uint64_t nlo, uint64_t nhi, uint64_t dlo, uint64_t dhi, uint64_t *out) {
  if ((dlo | dhi) == 0) __builtin_trap();
  uint64_t qlo = 0, qhi = 0, rlo = 0, rhi = 0;
  int bits = nhi ? 128 - clz64(nhi) : 64 - clz64(nlo);
  for (int i = bits - 1; i >= 0; i--) {
    /* r = (r << 1) | bit i of n */
    rhi = (rhi << 1) | (rlo >> 63);
    rlo = (rlo << 1) | ((i >= 64 ? nhi >> (i - 64) : nlo >> i) & 1);
    /* if r >= d: r -= d, set quotient bit i */
    if (rhi > dhi || (rhi == dhi && rlo >= dlo)) {
      uint64_t borrow = rlo < dlo;
      rlo -= dlo;
      rhi -= dhi + borrow;
      if (i >= 64) qhi |= (uint64_t)1 << (i - 64);
      else qlo |= (uint64_t)1 << i;
    }
  }
  out[0] = qlo;
  out[1] = qhi;
  out[2] = rlo;
  out[3] = rhi;
}

static void negate(uint64_t *lo, uint64_t *hi) {
  *lo = ~*lo + 1;
  *hi = ~*hi + (*lo == 0);
}

void __mswasm_divmod128(uint64_t nlo, uint64_t nhi, uint64_t dlo, uint64_t dhi, uint64_t *out) {
  int nneg = (int64_t)nhi < 0, dneg = (int64_t)dhi < 0;
  if (nneg) negate(&nlo, &nhi);
  if (dneg) negate(&dlo, &dhi);
  __mswasm_udivmod128(nlo, nhi, dlo, dhi, out);
  if (nneg != dneg) negate(&out[0], &out[1]);
  if (nneg) negate(&out[2], &out[3]);
}
