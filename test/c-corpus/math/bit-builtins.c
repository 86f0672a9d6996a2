// __builtin_clz/ctz/popcount/parity/bswap (32 and 64 bit) checked against portable loops.
#include <stdio.h>
#include <stdint.h>

static int clz32(uint32_t x) { int n = 0; for (uint32_t m = 0x80000000u; m && !(x & m); m >>= 1) n++; return n; }
static int ctz32(uint32_t x) { int n = 0; while (!(x & 1)) { x >>= 1; n++; } return n; }
static int pop64(uint64_t x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static uint32_t bswap32(uint32_t x) { return x >> 24 | (x >> 8 & 0xFF00) | (x << 8 & 0xFF0000) | x << 24; }
static uint64_t bswap64(uint64_t x) { return (uint64_t)bswap32((uint32_t)x) << 32 | bswap32((uint32_t)(x >> 32)); }

int main(void) {
    uint32_t vals[] = {1, 2, 3, 0x80000000u, 0x7FFFFFFFu, 0x00F0F000u, 0xDEADBEEFu, 12345, 0xFFFFFFFFu, 0x10000u};
    for (int i = 0; i < 10; i++) {
        uint32_t v = vals[i];
        printf("%08x clz=%2d ctz=%2d pop=%2d parity=%d bswap=%08x ffs=%2d clrsb=%2d\n", v, __builtin_clz(v), __builtin_ctz(v),
               __builtin_popcount(v), __builtin_parity(v), __builtin_bswap32(v), __builtin_ffs((int)v), __builtin_clrsb((int)v));
    }
    uint64_t big[] = {1, 0x8000000000000000ULL, 0x00000000FFFFFFFFULL, 0xFFFFFFFF00000000ULL, 0x0123456789ABCDEFULL, 0x0000100000000000ULL};
    for (int i = 0; i < 6; i++) {
        uint64_t v = big[i];
        printf("%016llx clzll=%2d ctzll=%2d popll=%2d bswap64=%016llx\n", (unsigned long long)v, __builtin_clzll(v), __builtin_ctzll(v),
               __builtin_popcountll(v), (unsigned long long)__builtin_bswap64(v));
    }
    printf("bswap16(0x1234)=%04x\n", __builtin_bswap16(0x1234));
    /* exhaustive-ish comparison against the portable versions */
    uint32_t x = 1;
    int bad = 0;
    for (int i = 0; i < 20000; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        uint32_t v = x >> (i % 31);
        if (!v) continue;
        uint64_t w = (uint64_t)x << 32 | (x * 2654435761u);
        if (__builtin_clz(v) != clz32(v)) bad++;
        if (__builtin_ctz(v) != ctz32(v)) bad++;
        if (__builtin_popcountll(w) != pop64(w)) bad++;
        if (__builtin_bswap32(v) != bswap32(v)) bad++;
        if (__builtin_bswap64(w) != bswap64(w)) bad++;
    }
    printf("mismatches %d\n", bad);
    /* uses: integer log2, next power of two, bit reversal */
    for (uint32_t v = 1; v < 5000000; v = v * 7 + 3) {
        int lg = 31 - __builtin_clz(v);
        uint32_t np = v == 1 ? 1 : 1u << (32 - __builtin_clz(v - 1));
        printf("v=%7u log2=%2d nextpow2=%8u lowbit=%u\n", v, lg, np, v & -v);
    }
    return bad;
}
