// gcd/lcm, extended Euclid, modular inverse and exponentiation, deterministic Miller-Rabin, CRT.
#include <stdio.h>
#include <stdint.h>

static uint64_t gcd(uint64_t a, uint64_t b) { while (b) { uint64_t t = a % b; a = b; b = t; } return a; }

static int64_t ext_gcd(int64_t a, int64_t b, int64_t *x, int64_t *y) {
    if (b == 0) { *x = 1; *y = 0; return a; }
    int64_t x1, y1, g = ext_gcd(b, a % b, &x1, &y1);
    *x = y1;
    *y = x1 - (a / b) * y1;
    return g;
}

static uint32_t powmod(uint32_t b, uint32_t e, uint32_t m) {
    uint64_t r = 1 % m, x = b % m;
    while (e) { if (e & 1) r = r * x % m; x = x * x % m; e >>= 1; }
    return (uint32_t)r;
}

static int is_prime(uint32_t n) {
    if (n < 2) return 0;
    static const uint32_t small[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    for (int i = 0; i < 12; i++) { if (n == small[i]) return 1; if (n % small[i] == 0) return 0; }
    uint32_t d = n - 1; int s = 0;
    while (!(d & 1)) { d >>= 1; s++; }
    static const uint32_t bases[] = {2, 7, 61}; /* deterministic for n < 2^32 */
    for (int i = 0; i < 3; i++) {
        uint64_t x = powmod(bases[i], d, n);
        if (x == 1 || x == n - 1) continue;
        int comp = 1;
        for (int r = 1; r < s; r++) { x = x * x % n; if (x == n - 1) { comp = 0; break; } }
        if (comp) return 0;
    }
    return 1;
}

static int64_t mod_inverse(int64_t a, int64_t m) {
    int64_t x, y;
    if (ext_gcd(a, m, &x, &y) != 1) return -1;
    return ((x % m) + m) % m;
}

int main(void) {
    uint64_t pairs[][2] = {{48, 18}, {1071, 462}, {17, 5}, {0, 9}, {123456789012ULL, 9876543210ULL}, {1ULL << 40, 6ULL << 20}};
    for (int i = 0; i < 6; i++) {
        uint64_t g = gcd(pairs[i][0], pairs[i][1]);
        uint64_t l = g ? pairs[i][0] / g * pairs[i][1] : 0;
        int64_t x, y;
        ext_gcd((int64_t)pairs[i][0], (int64_t)pairs[i][1], &x, &y);
        printf("gcd(%llu,%llu)=%llu lcm=%llu bezout x=%lld y=%lld\n", (unsigned long long)pairs[i][0], (unsigned long long)pairs[i][1],
               (unsigned long long)g, (unsigned long long)l, (long long)x, (long long)y);
    }
    printf("2^100 mod 1e9+7 = %u, 3^(p-1) mod p = %u\n", powmod(2, 100, 1000000007u), powmod(3, 4294967290u, 4294967291u));
    int count = 0;
    uint32_t last = 0;
    for (uint32_t n = 0; n < 100000; n++) if (is_prime(n)) { count++; last = n; }
    printf("primes below 100000: %d (last %u)\n", count, last);
    uint32_t big[] = {2147483647u, 4294967291u, 4294967295u, 3215031751u, 1000000007u, 999999937u, 25326001u, 561u, 4294967279u};
    for (int i = 0; i < 9; i++) printf("%u is %s\n", big[i], is_prime(big[i]) ? "prime" : "composite");
    printf("inverses mod 97:");
    for (int a = 1; a < 12; a++) printf(" %lld", (long long)mod_inverse(a, 97));
    printf("; inverse(6,9)=%lld\n", (long long)mod_inverse(6, 9));
    /* Chinese remainder theorem: x = 2 mod 3, 3 mod 5, 2 mod 7, 5 mod 11, 7 mod 13 */
    int64_t rem[] = {2, 3, 2, 5, 7}, mods[] = {3, 5, 7, 11, 13}, M = 1, x = 0;
    for (int i = 0; i < 5; i++) M *= mods[i];
    for (int i = 0; i < 5; i++) {
        int64_t Mi = M / mods[i];
        x = (x + rem[i] * Mi % M * mod_inverse(Mi % mods[i], mods[i])) % M;
    }
    printf("CRT solution %lld mod %lld; check:", (long long)x, (long long)M);
    for (int i = 0; i < 5; i++) printf(" %lld", (long long)(x % mods[i]));
    printf("\n");
    return 0;
}
