// Arbitrary-precision unsigned integers in base 10^9: factorials, digit sums, powers of two.
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

typedef struct { uint32_t *d; int n, cap; } Big; /* little-endian limbs, base 1e9 */
#define BASE 1000000000u

static void big_set(Big *b, uint32_t v) {
    if (!b->cap) { b->cap = 4; b->d = malloc(sizeof(uint32_t) * 4); }
    b->n = 0;
    do { b->d[b->n++] = v % BASE; v /= BASE; } while (v);
}

static void big_mul_small(Big *b, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t cur = (uint64_t)b->d[i] * m + carry;
        b->d[i] = (uint32_t)(cur % BASE);
        carry = cur / BASE;
    }
    while (carry) {
        if (b->n == b->cap) { b->cap *= 2; b->d = realloc(b->d, sizeof(uint32_t) * (size_t)b->cap); }
        b->d[b->n++] = (uint32_t)(carry % BASE);
        carry /= BASE;
    }
}

static char *big_str(const Big *b) {
    char *s = malloc((size_t)b->n * 9 + 1), *p = s;
    p += sprintf(p, "%u", b->d[b->n - 1]);
    for (int i = b->n - 2; i >= 0; i--) p += sprintf(p, "%09u", b->d[i]);
    return s;
}

static int digit_sum(const char *s) { int t = 0; for (; *s; s++) t += *s - '0'; return t; }
static int trailing_zeros(const char *s) { int n = (int)strlen(s), z = 0; while (z < n && s[n - 1 - z] == '0') z++; return z; }

int main(void) {
    Big f = {0};
    big_set(&f, 1);
    for (uint32_t i = 1; i <= 200; i++) {
        big_mul_small(&f, i);
        if (i == 10 || i == 20 || i == 25 || i == 50 || i == 100 || i == 200) {
            char *s = big_str(&f);
            size_t len = strlen(s);
            if (len <= 70) printf("%u! = %s\n", i, s);
            else printf("%u! = %.20s...%s (%zu digits)\n", i, s, s + len - 20, len);
            printf("    digit sum %d, trailing zeros %d, limbs %d\n", digit_sum(s), trailing_zeros(s), f.n);
            free(s);
        }
    }
    Big p = {0};
    big_set(&p, 1);
    for (int i = 1; i <= 1000; i++) {
        big_mul_small(&p, 2);
        if (i == 64 || i == 128 || i == 1000) {
            char *s = big_str(&p);
            printf("2^%d has %zu digits, digit sum %d, starts %.15s\n", i, strlen(s), digit_sum(s), s);
            free(s);
        }
    }
    free(f.d);
    free(p.d);
    return 0;
}
