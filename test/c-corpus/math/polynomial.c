// Integer polynomials: multiply, divide with remainder, evaluate (Horner), derivative, gcd, printing.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int deg; long long c[32]; } Poly; /* c[i] is coefficient of x^i */

static void trim(Poly *p) { while (p->deg > 0 && p->c[p->deg] == 0) p->deg--; }
static Poly make(int deg, const long long *hi_to_lo) {
    Poly p; memset(&p, 0, sizeof p); p.deg = deg;
    for (int i = 0; i <= deg; i++) p.c[deg - i] = hi_to_lo[i];
    trim(&p);
    return p;
}

static void show(const char *name, Poly p) {
    printf("%s = ", name);
    int first = 1;
    for (int i = p.deg; i >= 0; i--) {
        long long c = p.c[i];
        if (c == 0 && !(p.deg == 0)) continue;
        long long a = c < 0 ? -c : c;
        printf("%s", first ? (c < 0 ? "-" : "") : (c < 0 ? " - " : " + "));
        if (a != 1 || i == 0) printf("%lld", a);
        if (i >= 1) printf("x");
        if (i >= 2) printf("^%d", i);
        first = 0;
    }
    printf("\n");
}

static Poly mul(Poly a, Poly b) {
    Poly r; memset(&r, 0, sizeof r);
    r.deg = a.deg + b.deg;
    for (int i = 0; i <= a.deg; i++) for (int j = 0; j <= b.deg; j++) r.c[i + j] += a.c[i] * b.c[j];
    trim(&r);
    return r;
}

/* division by a monic or exactly-dividing divisor over the integers */
static Poly divmod(Poly a, Poly b, Poly *rem) {
    Poly q; memset(&q, 0, sizeof q);
    q.deg = a.deg >= b.deg ? a.deg - b.deg : 0;
    while (a.deg >= b.deg && !(a.deg == 0 && a.c[0] == 0)) {
        if (a.c[a.deg] % b.c[b.deg]) break;
        long long f = a.c[a.deg] / b.c[b.deg];
        int s = a.deg - b.deg;
        q.c[s] = f;
        for (int i = 0; i <= b.deg; i++) a.c[i + s] -= f * b.c[i];
        if (a.deg == 0) break;
        a.deg--;
        trim(&a);
    }
    trim(&q);
    *rem = a;
    return q;
}

static long long eval(Poly p, long long x) { long long r = 0; for (int i = p.deg; i >= 0; i--) r = r * x + p.c[i]; return r; }
static Poly deriv(Poly p) { Poly d; memset(&d, 0, sizeof d); d.deg = p.deg ? p.deg - 1 : 0; for (int i = 1; i <= p.deg; i++) d.c[i - 1] = p.c[i] * i; trim(&d); return d; }

int main(void) {
    long long a_c[] = {1, -6, 11, -6};   /* (x-1)(x-2)(x-3) */
    long long b_c[] = {1, 0, -1};        /* x^2 - 1 */
    Poly a = make(3, a_c), b = make(2, b_c);
    show("a", a);
    show("b", b);
    Poly p = mul(a, b);
    show("a*b", p);
    Poly r, q = divmod(p, b, &r);
    show("(a*b)/b", q);
    show("remainder", r);
    q = divmod(a, b, &r);
    show("a/b", q);
    show("a%b", r);
    show("a'", deriv(a));
    show("a''", deriv(deriv(a)));
    printf("a(x) for x=-2..5:");
    for (int x = -2; x <= 5; x++) printf(" %lld", eval(a, x));
    printf("\n");
    /* (x+1)^n binomial coefficients via repeated multiplication */
    long long lin_c[] = {1, 1};
    Poly lin = make(1, lin_c), pw = make(0, (long long[]){1});
    for (int n = 1; n <= 20; n++) {
        pw = mul(pw, lin);
        if (n == 5 || n == 10 || n == 20) { char name[16]; snprintf(name, sizeof name, "(x+1)^%d", n); show(name, pw); }
    }
    printf("(x+1)^20 at x=1: %lld (2^20 = %d)\n", eval(pw, 1), 1 << 20);
    /* Chebyshev polynomials T_n via T_{n+1} = 2x T_n - T_{n-1} */
    Poly t0 = make(0, (long long[]){1}), t1 = make(1, (long long[]){1, 0}), twox = make(1, (long long[]){2, 0});
    for (int n = 2; n <= 8; n++) {
        Poly t2 = mul(twox, t1);
        for (int i = 0; i <= t0.deg; i++) t2.c[i] -= t0.c[i];
        trim(&t2);
        t0 = t1; t1 = t2;
    }
    show("T8", t1);
    return 0;
}
