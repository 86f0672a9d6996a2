// Continued fractions: expansions of rationals and square roots, convergents, best rational approximations.
#include <stdio.h>
#include <stdint.h>
#include <math.h>

static int cf_rational(int64_t p, int64_t q, int64_t *terms) {
    int n = 0;
    while (q) { int64_t a = p / q, r = p % q; if (r < 0) { a--; r += q; } terms[n++] = a; p = q; q = r; }
    return n;
}

/* periodic expansion of sqrt(n) using exact integer recurrence */
static int cf_sqrt(int n, int *terms, int max) {
    int a0 = (int)sqrt((double)n);
    while ((a0 + 1) * (a0 + 1) <= n) a0++;
    while (a0 * a0 > n) a0--;
    terms[0] = a0;
    if (a0 * a0 == n) return 1;
    int m = 0, d = 1, a = a0, k = 1;
    do {
        m = d * a - m;
        d = (n - m * m) / d;
        a = (a0 + m) / d;
        terms[k++] = a;
    } while (a != 2 * a0 && k < max);
    return k;
}

int main(void) {
    int64_t t[64];
    int64_t fr[][2] = {{415, 93}, {649, 200}, {-17, 5}, {1, 1}, {103993, 33102}, {1234567, 7654321}};
    for (int i = 0; i < 6; i++) {
        int n = cf_rational(fr[i][0], fr[i][1], t);
        printf("%lld/%lld = [", (long long)fr[i][0], (long long)fr[i][1]);
        for (int k = 0; k < n; k++) printf("%s%lld", k == 0 ? "" : k == 1 ? "; " : ", ", (long long)t[k]);
        printf("]\n");
    }
    int terms[128];
    for (int n = 2; n <= 23; n++) {
        int k = cf_sqrt(n, terms, 128);
        if (k == 1) continue;
        printf("sqrt(%2d) = [%d; (", n, terms[0]);
        for (int i = 1; i < k; i++) printf("%s%d", i > 1 ? "," : "", terms[i]);
        printf(")] period %d\n", k - 1);
    }
    /* Pell equation x^2 - 61 y^2 = 1 from convergents of sqrt(61) */
    int k = cf_sqrt(61, terms, 128);
    uint64_t h0 = 1, h1 = (uint64_t)terms[0], k0 = 0, k1 = 1;
    for (int i = 1; i < 2 * (k - 1); i++) {
        int a = terms[1 + (i - 1) % (k - 1)];
        uint64_t h2 = a * h1 + h0, k2 = a * k1 + k0;
        h0 = h1; h1 = h2; k0 = k1; k1 = k2;
        if (h1 * h1 == 61 * k1 * k1 + 1) { printf("Pell 61: x=%llu y=%llu\n", (unsigned long long)h1, (unsigned long long)k1); break; }
    }
    /* best approximations to pi from its continued fraction */
    int64_t pi_cf[] = {3, 7, 15, 1, 292, 1, 1, 1, 2};
    int64_t p0 = 1, p1 = pi_cf[0], q0 = 0, q1 = 1;
    for (int i = 1; i < 9; i++) {
        int64_t p2 = pi_cf[i] * p1 + p0, q2 = pi_cf[i] * q1 + q0;
        p0 = p1; p1 = p2; q0 = q1; q1 = q2;
        printf("pi ~ %lld/%lld = %.12f (err %.3e)\n", (long long)p1, (long long)q1, (double)p1 / (double)q1, fabs((double)p1 / (double)q1 - 3.14159265358979323846));
    }
    return 0;
}
