// Fibonacci numbers four ways: naive recursion, iteration, 2x2 matrix power (mod m), fast doubling.
#include <stdio.h>
#include <stdint.h>

typedef struct { uint64_t a, b, c, d; } M2;

static M2 mmul(M2 x, M2 y, uint64_t m) {
    M2 r = {(x.a * y.a + x.b * y.c) % m, (x.a * y.b + x.b * y.d) % m, (x.c * y.a + x.d * y.c) % m, (x.c * y.b + x.d * y.d) % m};
    return r;
}

static uint64_t fib_matrix(uint64_t n, uint64_t m) {
    M2 r = {1, 0, 0, 1}, base = {1, 1, 1, 0};
    while (n) { if (n & 1) r = mmul(r, base, m); base = mmul(base, base, m); n >>= 1; }
    return r.b;
}

static void fib_doubling(uint64_t n, uint64_t m, uint64_t *fn, uint64_t *fn1) {
    if (n == 0) { *fn = 0; *fn1 = 1; return; }
    uint64_t a, b;
    fib_doubling(n / 2, m, &a, &b);
    uint64_t c = a * ((2 * b + m - a) % m) % m, d = (a * a + b * b) % m;
    if (n & 1) { *fn = d; *fn1 = (c + d) % m; } else { *fn = c; *fn1 = d; }
}

static unsigned calls;
static uint32_t fib_naive(int n) { calls++; return n < 2 ? (uint32_t)n : fib_naive(n - 1) + fib_naive(n - 2); }

int main(void) {
    uint64_t a = 0, b = 1;
    for (int n = 0; n <= 93; n++) {
        if (n % 10 == 3 || n == 93) printf("F(%d) = %llu\n", n, (unsigned long long)a);
        uint64_t t = a + b; a = b; b = t;
    }
    uint32_t f25 = fib_naive(25);
    printf("naive F(25) = %u with %u calls\n", f25, calls);
    const uint64_t M = 1000000007ULL;
    uint64_t ns[] = {10, 100, 1000, 123456789, 1000000000000ULL, 1ULL << 60};
    for (int i = 0; i < 6; i++) {
        uint64_t f1 = fib_matrix(ns[i], M), f2, f3;
        fib_doubling(ns[i], M, &f2, &f3);
        printf("F(%llu) mod 1e9+7 = %llu / %llu\n", (unsigned long long)ns[i], (unsigned long long)f1, (unsigned long long)f2);
    }
    /* Pisano periods */
    for (uint64_t m = 2; m <= 12; m++) {
        uint64_t p = 0, x = 0, y = 1;
        do { uint64_t t = (x + y) % m; x = y; y = t; p++; } while (!(x == 0 && y == 1));
        printf("pisano(%llu) = %llu\n", (unsigned long long)m, (unsigned long long)p);
    }
    return 0;
}
