// Integer square and cube roots (Newton, binary search, digit-by-digit) for 32- and 64-bit values.
#include <stdio.h>
#include <stdint.h>
#include <math.h>

static uint32_t isqrt_newton(uint64_t n) {
    if (n < 2) return (uint32_t)n;
    uint64_t x = (uint64_t)1 << ((64 - __builtin_clzll(n) + 1) / 2), y = (x + n / x) / 2;
    while (y < x) { x = y; y = (x + n / x) / 2; }
    return (uint32_t)x;
}

static uint32_t isqrt_bits(uint64_t n) {
    uint64_t res = 0, bit = (uint64_t)1 << 62;
    while (bit > n) bit >>= 2;
    while (bit) {
        if (n >= res + bit) { n -= res + bit; res = (res >> 1) + bit; } else res >>= 1;
        bit >>= 2;
    }
    return (uint32_t)res;
}

static uint32_t icbrt(uint64_t n) {
    uint64_t lo = 0, hi = 2642245; /* cbrt(2^64) < 2642246 */
    while (lo < hi) {
        uint64_t mid = (lo + hi + 1) / 2;
        if (mid * mid * mid <= n) lo = mid; else hi = mid - 1;
    }
    return (uint32_t)lo;
}

int main(void) {
    uint64_t tests[] = {0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 1000000, 999999999999ULL, 4294967295ULL, 4294967296ULL,
                        18446744073709551615ULL, 18446744065119617025ULL, 1000000000000000000ULL};
    for (int i = 0; i < 17; i++) {
        uint64_t n = tests[i];
        uint32_t a = isqrt_newton(n), b = isqrt_bits(n), c = icbrt(n);
        printf("n=%llu sqrt=%u/%u cbrt=%u%s\n", (unsigned long long)n, a, b, c, a == b ? "" : " MISMATCH");
    }
    int bad = 0;
    uint64_t x = 88172645463325252ULL;
    for (int i = 0; i < 5000; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        uint64_t n = x >> (i % 40);
        uint64_t r = isqrt_newton(n);
        if (r * r > n || (r + 1) * (r + 1) <= n) bad++;
        if (isqrt_bits(n) != r) bad++;
        uint64_t c = icbrt(n);
        if (c * c * c > n || (c + 1) * (c + 1) * (c + 1) <= n) bad++;
        if (n < (1ULL << 52) && (uint64_t)floor(sqrt((double)n)) != r) bad++;
    }
    printf("random checks failed: %d\n", bad);
    printf("perfect squares below 10^6 that are also cubes:");
    for (uint32_t k = 1; k * k < 1000000; k++) { uint64_t s = (uint64_t)k * k, c = icbrt(s); if (c * c * c == s) printf(" %llu", (unsigned long long)s); }
    printf("\n");
    return bad;
}
