// Pascal's triangle, binomial coefficients (exact 64-bit and mod p via Lucas), Catalan numbers, Sierpinski.
#include <stdio.h>
#include <stdint.h>

static uint64_t C[68][68];

static uint64_t binom_mult(unsigned n, unsigned k) {
    if (k > n) return 0;
    if (k > n - k) k = n - k;
    uint64_t r = 1;
    for (unsigned i = 1; i <= k; i++) r = r / i * (n - k + i) + r % i * (n - k + i) / i; /* exact, avoids overflow */
    return r;
}

static unsigned lucas(unsigned n, unsigned k, unsigned p) {
    unsigned small[16][16] = {{0}};
    for (unsigned i = 0; i < p; i++) { small[i][0] = 1; for (unsigned j = 1; j <= i; j++) small[i][j] = (small[i - 1][j - 1] + (j < i ? small[i - 1][j] : 0)) % p; }
    unsigned r = 1;
    while (n || k) {
        unsigned a = n % p, b = k % p;
        if (b > a) return 0;
        r = r * small[a][b] % p;
        n /= p; k /= p;
    }
    return r;
}

int main(void) {
    for (int n = 0; n < 68; n++) {
        C[n][0] = 1;
        for (int k = 1; k <= n; k++) C[n][k] = C[n - 1][k - 1] + (k < n ? C[n - 1][k] : 0);
    }
    for (int n = 0; n <= 12; n++) {
        printf("%*s", (12 - n) * 3, "");
        for (int k = 0; k <= n; k++) printf("%6llu", (unsigned long long)C[n][k]);
        printf("\n");
    }
    int bad = 0;
    for (unsigned n = 0; n < 67; n++) for (unsigned k = 0; k <= n; k++) if (binom_mult(n, k) != C[n][k]) bad++;
    printf("C(66,33) = %llu, C(67,33) = %llu, mismatches %d\n", (unsigned long long)C[66][33], (unsigned long long)C[67][33], bad);
    printf("catalan:");
    for (unsigned n = 0; n <= 30; n += 3) printf(" %llu", (unsigned long long)(binom_mult(2 * n, n) / (n + 1)));
    printf("\n");
    printf("C(1000,500) mod 2,3,5,7,11,13: %u %u %u %u %u %u\n", lucas(1000, 500, 2), lucas(1000, 500, 3), lucas(1000, 500, 5),
           lucas(1000, 500, 7), lucas(1000, 500, 11), lucas(1000, 500, 13));
    printf("Sierpinski (C(n,k) mod 2):\n");
    for (unsigned n = 0; n < 16; n++) {
        printf("%*s", (int)(16 - n), "");
        for (unsigned k = 0; k <= n; k++) printf("%c ", (k & ~n) ? ' ' : '*');
        printf("\n");
    }
    unsigned odd = 0;
    for (unsigned n = 0; n < 64; n++) for (unsigned k = 0; k <= n; k++) odd += !(k & ~n);
    printf("odd entries in first 64 rows: %u (3^6 = 729)\n", odd);
    return bad;
}
