// 64-bit integer arithmetic on a 32-bit target: mul/div/mod of mixed signs, shifts, comparisons, conversions.
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

static uint64_t state = 0x853c49e6748fea9bULL;
static uint64_t next(void) { state = state * 6364136223846793005ULL + 1442695040888963407ULL; return state; }

int main(void) {
    int64_t vals[] = {0, 1, -1, 7, -7, 1000000007LL, -1000000007LL, INT64_MAX, INT64_MIN + 1, 1LL << 40, -(1LL << 33) + 5, 123456789012345LL};
    int n = sizeof vals / sizeof *vals;
    uint64_t check = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            int64_t a = vals[i], b = vals[j];
            if (b == 0) continue;
            int64_t q = a / b, r = a % b;
            if (q * b + r != a) printf("division identity broken for %lld, %lld\n", (long long)a, (long long)b);
            check = check * 31 + (uint64_t)q;
            check = check * 31 + (uint64_t)r;
            check ^= (uint64_t)a * (uint64_t)b;
        }
    printf("division table checksum %016" PRIx64 "\n", check);
    printf("%lld / %lld = %lld rem %lld\n", (long long)vals[6], 13LL, (long long)(vals[6] / 13), (long long)(vals[6] % 13));
    printf("INT64_MAX / -3 = %" PRId64 ", INT64_MIN / 2 = %" PRId64 "\n", INT64_MAX / -3, INT64_MIN / 2);
    uint64_t u = 0xFEDCBA9876543210ULL;
    for (int s = 0; s < 64; s += 12) printf("u<<%d=%016" PRIx64 " u>>%d=%016" PRIx64 " (i64)u>>%d=%016" PRIx64 "\n", s, u << s, s, u >> s, s, (uint64_t)((int64_t)u >> s));
    uint64_t sum = 0, xr = 0, mx = 0, mn = UINT64_MAX;
    int64_t smax = INT64_MIN;
    for (int i = 0; i < 1000; i++) {
        uint64_t r = next();
        sum += r; xr ^= r;
        if (r > mx) mx = r;
        if (r < mn) mn = r;
        if ((int64_t)r > smax) smax = (int64_t)r;
    }
    printf("sum %016" PRIx64 " xor %016" PRIx64 " max %016" PRIx64 " min %016" PRIx64 " smax %" PRId64 "\n", sum, xr, mx, mn, smax);
    uint64_t q = next(), d = next() >> 33 | 1;
    printf("%" PRIu64 " / %" PRIu64 " = %" PRIu64 " rem %" PRIu64 "\n", q, d, q / d, q % d);
    double dd = (double)(int64_t)0x7FFFFFFFFFFFFC00LL;
    int64_t back = (int64_t)(dd / 2);
    printf("int64<->double: %.1f %" PRId64 " %" PRIu64 " %.1f\n", dd, back, (uint64_t)1e19, (double)UINT64_MAX);
    int32_t lo = -5;
    uint32_t ulo = 5;
    printf("widening: %" PRId64 " %" PRIu64 " %" PRId64 " %" PRIu64 "\n", (int64_t)lo, (uint64_t)(uint32_t)lo, (int64_t)ulo, (uint64_t)lo);
    printf("narrowing: %d %u %d\n", (int32_t)(int64_t)0x123456789LL, (uint32_t)0xFFFFFFFF00000001ULL, (int16_t)(uint16_t)0x8001u);
    /* 64-bit multiply high via 32-bit pieces */
    uint64_t a = 0xDEADBEEFCAFEBABEULL, b = 0x0123456789ABCDEFULL;
    uint64_t a0 = a & 0xFFFFFFFF, a1 = a >> 32, b0 = b & 0xFFFFFFFF, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (p01 & 0xFFFFFFFF) + (p10 & 0xFFFFFFFF);
    uint64_t hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
    printf("mulhi %016" PRIx64 " mullo %016" PRIx64 "\n", hi, a * b);
    return 0;
}
