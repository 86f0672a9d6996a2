// Bit manipulation tricks: reversal, Gray codes, subset enumeration, next permutation of bits, Morton codes.
#include <stdio.h>
#include <stdint.h>

static uint32_t reverse_bits(uint32_t x) {
    x = (x >> 1 & 0x55555555u) | (x & 0x55555555u) << 1;
    x = (x >> 2 & 0x33333333u) | (x & 0x33333333u) << 2;
    x = (x >> 4 & 0x0F0F0F0Fu) | (x & 0x0F0F0F0Fu) << 4;
    x = (x >> 8 & 0x00FF00FFu) | (x & 0x00FF00FFu) << 8;
    return x >> 16 | x << 16;
}

static uint32_t gray(uint32_t n) { return n ^ (n >> 1); }
static uint32_t ungray(uint32_t g) { for (uint32_t s = 1; s < 32; s <<= 1) g ^= g >> s; return g; }

static uint32_t next_same_popcount(uint32_t v) { /* Gosper's hack */
    uint32_t t = v | (v - 1);
    return (t + 1) | (((~t & -~t) - 1) >> (__builtin_ctz(v) + 1));
}

static uint32_t spread(uint32_t x) { /* insert a zero between bits of a 16-bit value */
    x &= 0xFFFF;
    x = (x | x << 8) & 0x00FF00FFu;
    x = (x | x << 4) & 0x0F0F0F0Fu;
    x = (x | x << 2) & 0x33333333u;
    x = (x | x << 1) & 0x55555555u;
    return x;
}

static void binary(uint32_t v, int bits, char *out) { for (int i = 0; i < bits; i++) out[i] = (char)('0' + (v >> (bits - 1 - i) & 1)); out[bits] = 0; }

int main(void) {
    uint32_t samples[] = {1, 0x80000000u, 0x12345678u, 0xF0F0F0F0u, 0xDEADBEEFu};
    for (int i = 0; i < 5; i++) printf("reverse(%08x) = %08x, twice = %08x\n", samples[i], reverse_bits(samples[i]), reverse_bits(reverse_bits(samples[i])));
    char b[40];
    printf("gray codes:");
    for (uint32_t n = 0; n < 16; n++) { binary(gray(n), 4, b); printf(" %s", b); if (ungray(gray(n)) != n) return 1; }
    printf("\n");
    printf("5-choose-3 subsets via Gosper:");
    for (uint32_t v = 7; v < 32; v = next_same_popcount(v)) { binary(v, 5, b); printf(" %s", b); }
    printf("\n");
    int count = 0;
    for (uint32_t v = 0x3F; v < (1u << 12); v = next_same_popcount(v)) count++;
    printf("12 choose 6 = %d\n", count);
    /* enumerate all submasks of a mask */
    uint32_t mask = 0x2D;
    printf("submasks of %x:", mask);
    for (uint32_t s = mask;; s = (s - 1) & mask) { printf(" %x", s); if (!s) break; }
    printf("\n");
    /* Morton (Z-order) codes for a 4x4 grid */
    for (uint32_t y = 0; y < 4; y++) {
        for (uint32_t x = 0; x < 4; x++) printf("%3u", spread(x) | spread(y) << 1);
        printf("\n");
    }
    /* branch-free abs, min, max, sign with masks on int32 (no overflow: values are small) */
    int32_t vals[] = {-7, 0, 5, -1000, 123456};
    for (int i = 0; i < 5; i++) {
        int32_t v = vals[i];
        int32_t m = -(int32_t)((uint32_t)v >> 31);
        int32_t absv = (v ^ m) - m;
        int32_t other = 10;
        int32_t mn = other ^ ((v ^ other) & -(v < other));
        printf("v=%d abs=%d min(v,10)=%d sign=%d is_pow2=%d\n", v, absv, mn, (v > 0) - (v < 0), v > 0 && (v & (v - 1)) == 0);
    }
    /* swap with xor and count trailing ones */
    uint32_t p = 0xABCD, q = 0x1234;
    p ^= q; q ^= p; p ^= q;
    printf("swapped %x %x, trailing ones of 0x2F = %d\n", p, q, __builtin_ctz(~0x2Fu));
    return 0;
}
