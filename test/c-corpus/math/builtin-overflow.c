// __builtin_add/sub/mul_overflow on mixed widths and signedness; safe factorial and power tables.
#include <stdio.h>
#include <stdint.h>
#include <limits.h>

int main(void) {
    int r;
    int32_t cases[][2] = {{INT_MAX, 1}, {INT_MIN, -1}, {46341, 46341}, {46340, 46340}, {-65536, 32768}, {-65536, 32769}, {0, INT_MIN}, {1000, -1000}};
    for (int i = 0; i < 8; i++) {
        int a = cases[i][0], b = cases[i][1];
        int oa = __builtin_add_overflow(a, b, &r);
        int ra = r;
        int os = __builtin_sub_overflow(a, b, &r);
        int rs = r;
        int om = __builtin_mul_overflow(a, b, &r);
        printf("a=%d b=%d add:%d(%d) sub:%d(%d) mul:%d(%d)\n", a, b, oa, ra, os, rs, om, r);
    }
    /* factorials until int64 overflows */
    int64_t f = 1;
    int n;
    for (n = 1;; n++) {
        int64_t nf;
        if (__builtin_mul_overflow(f, (int64_t)n, &nf)) break;
        f = nf;
    }
    printf("largest int64 factorial: %d! = %lld\n", n - 1, (long long)f);
    uint32_t uf = 1;
    for (n = 1;; n++) {
        uint32_t nf;
        if (__builtin_mul_overflow(uf, (uint32_t)n, &nf)) break;
        uf = nf;
    }
    printf("largest uint32 factorial: %d! = %u\n", n - 1, uf);
    /* results in a narrower type */
    unsigned char uc;
    short sh;
    printf("200+100 -> uchar: %d", __builtin_add_overflow(200, 100, &uc));
    printf(" (%u); 200+55 -> uchar: %d", uc, __builtin_add_overflow(200, 55, &uc));
    printf(" (%u)\n", uc);
    printf("300*100 -> short: %d", __builtin_mul_overflow(300, 100, &sh));
    printf(" (%d); -5-3 -> unsigned char: %d", sh, __builtin_sub_overflow(-5, 3, &uc));
    printf(" (%u)\n", uc);
    unsigned u;
    printf("5u-6u: %d", __builtin_sub_overflow(5u, 6u, &u));
    printf(" (%u); -1 -> unsigned: %d", u, __builtin_add_overflow(-1, 0, &u));
    printf(" (%u)\n", u);
    /* largest power of each base that fits in int32 and uint64 */
    for (int base = 2; base <= 10; base++) {
        int32_t p = 1; int e = 0, t;
        while (!__builtin_mul_overflow(p, base, &t)) { p = t; e++; }
        uint64_t up = 1, ut; int ue = 0;
        while (!__builtin_mul_overflow(up, (uint64_t)base, &ut)) { up = ut; ue++; }
        printf("base %2d: int32 %d^%d = %d, uint64 %d^%d = %llu\n", base, base, e, p, base, ue, (unsigned long long)up);
    }
    /* saturating sum of a sequence */
    int32_t sat = 0;
    for (int i = 0; i < 100; i++) {
        int32_t term = (i % 3 == 0 ? 1 : -1) * (i * 3000000), nx;
        if (__builtin_add_overflow(sat, term, &nx)) nx = term > 0 ? INT_MAX : INT_MIN;
        sat = nx;
    }
    printf("saturating sum %d\n", sat);
    return 0;
}
