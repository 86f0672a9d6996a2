// Exact rational arithmetic with 64-bit numerators: harmonic numbers, Egyptian fractions, Bernoulli numbers.
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct { int64_t num, den; } Q;

static int64_t gcd64(int64_t a, int64_t b) { if (a < 0) a = -a; if (b < 0) b = -b; while (b) { int64_t t = a % b; a = b; b = t; } return a; }

static Q q(int64_t n, int64_t d) {
    if (d < 0) { n = -n; d = -d; }
    int64_t g = gcd64(n, d);
    if (g > 1) { n /= g; d /= g; }
    Q r = {n, d};
    return r;
}
static Q add(Q a, Q b) { int64_t g = gcd64(a.den, b.den); return q(a.num * (b.den / g) + b.num * (a.den / g), a.den / g * b.den); }
static Q sub(Q a, Q b) { b.num = -b.num; return add(a, b); }
static Q mul(Q a, Q b) { int64_t g1 = gcd64(a.num, b.den), g2 = gcd64(b.num, a.den); if (!g1) g1 = 1; if (!g2) g2 = 1; return q((a.num / g1) * (b.num / g2), (a.den / g2) * (b.den / g1)); }
static Q divq(Q a, Q b) { Q inv = {b.den, b.num}; if (inv.den < 0) { inv.den = -inv.den; inv.num = -inv.num; } return mul(a, inv); }
static int cmp(Q a, Q b) { Q d = sub(a, b); return (d.num > 0) - (d.num < 0); }
static void show(Q a) { if (a.den == 1) printf("%lld", (long long)a.num); else printf("%lld/%lld", (long long)a.num, (long long)a.den); }

int main(void) {
    Q h = q(0, 1);
    for (int n = 1; n <= 20; n++) {
        h = add(h, q(1, n));
        if (n % 4 == 0 || n < 4) { printf("H(%d) = ", n); show(h); printf(" ~ %.10f\n", (double)h.num / (double)h.den); }
    }
    /* greedy Egyptian fraction expansions */
    Q fr[] = {{4, 13}, {8, 11}, {7, 15}, {3, 7}, {99, 100}};
    for (int i = 0; i < 5; i++) {
        Q x = fr[i];
        show(x);
        printf(" =");
        int terms = 0;
        while (x.num != 0 && terms < 8) {
            int64_t d = (x.den + x.num - 1) / x.num;
            printf(" %s1/%lld", terms ? "+ " : "", (long long)d);
            x = sub(x, q(1, d));
            terms++;
        }
        printf("\n");
    }
    /* Bernoulli numbers via the Akiyama-Tanigawa algorithm */
    Q a[20];
    printf("Bernoulli:");
    for (int m = 0; m <= 12; m++) {
        a[m] = q(1, m + 1);
        for (int j = m; j >= 1; j--) a[j - 1] = mul(q(j, 1), sub(a[j - 1], a[j]));
        if (m % 2 == 0 || m == 1) { printf(" B%d=", m); show(a[0]); }
    }
    printf("\n");
    Q x = q(1, 3), y = q(2, 7);
    Q ops[] = {add(x, y), sub(x, y), mul(x, y), divq(x, y), divq(y, q(-4, 9))};
    const char *names[] = {"x+y", "x-y", "x*y", "x/y", "y/(-4/9)"};
    for (int i = 0; i < 5; i++) { printf("%s = ", names[i]); show(ops[i]); printf("\n"); }
    printf("cmp: %d %d %d\n", cmp(x, y), cmp(y, x), cmp(q(2, 4), q(1, 2)));
    return 0;
}
