// Well-defined unsigned overflow: wrap-around arithmetic, modular hashes, checked signed ops via unsigned.
#include <stdio.h>
#include <stdint.h>
#include <limits.h>

static int32_t wrap_add(int32_t a, int32_t b) { return (int32_t)((uint32_t)a + (uint32_t)b); }
static int32_t wrap_mul(int32_t a, int32_t b) { return (int32_t)((uint32_t)a * (uint32_t)b); }

static int add_overflows(int32_t a, int32_t b) {
    uint32_t s = (uint32_t)a + (uint32_t)b;
    return (int)((((uint32_t)a ^ s) & ((uint32_t)b ^ s)) >> 31);
}

int main(void) {
    unsigned u = UINT_MAX;
    u++;
    printf("UINT_MAX+1 = %u\n", u);
    u = 0;
    u--;
    printf("0-1 = %u\n", u);
    unsigned char c = 250;
    c += 10;
    printf("uchar 250+10 = %u\n", c);
    unsigned short s = 65535;
    s = (unsigned short)((unsigned)s * s);
    printf("ushort 65535*65535 = %u\n", s);
    uint32_t x = 0x80000000u;
    printf("0x80000000*2 = %u, -x = %u, x<<1 = %u\n", x * 2, -x, x << 1);
    uint64_t big = UINT64_MAX;
    printf("UINT64_MAX+2 = %llu, *3 = %llu\n", (unsigned long long)(big + 2), (unsigned long long)(big * 3));
    printf("wrap_add(INT_MAX,1) = %d, wrap_mul(65536,65536) = %d, wrap_mul(-3,0x55555555) = %d\n",
           wrap_add(INT_MAX, 1), wrap_mul(65536, 65536), wrap_mul(-3, 0x55555555));
    int32_t tests[][2] = {{INT_MAX, 1}, {INT_MIN, -1}, {100, 200}, {-100, -200}, {INT_MIN, INT_MAX}, {0x40000000, 0x40000000}};
    for (int i = 0; i < 6; i++)
        printf("add(%d,%d) overflows: %d, wrapped %d\n", tests[i][0], tests[i][1], add_overflows(tests[i][0], tests[i][1]), wrap_add(tests[i][0], tests[i][1]));
    /* modular inverse of an odd number mod 2^32 by Newton iteration, relying on wrap-around */
    uint32_t odds[] = {1, 3, 5, 0xDEADBEEF, 0x12345679, 4294967295u};
    for (int i = 0; i < 6; i++) {
        uint32_t a = odds[i], inv = a;
        for (int k = 0; k < 5; k++) inv *= 2 - a * inv;
        printf("inv(%u) = %u, check %u\n", a, inv, a * inv);
    }
    /* counting down with unsigned loop */
    unsigned total = 0;
    for (unsigned i = 10; i-- > 0;) total = total * 3 + i;
    printf("countdown total %u\n", total);
    /* Jenkins one-at-a-time hash */
    const char *key = "The quick brown fox";
    uint32_t h = 0;
    for (const char *p = key; *p; p++) { h += (unsigned char)*p; h += h << 10; h ^= h >> 6; }
    h += h << 3; h ^= h >> 11; h += h << 15;
    printf("one-at-a-time(\"%s\") = %08x\n", key, h);
    /* signed char / short conversions are implementation-defined but identical on both targets: avoid them; use masks */
    printf("low byte of -1: %u, of 511: %u\n", (unsigned)(-1 & 0xFF), 511u & 0xFFu);
    return 0;
}
