// Big integers in base 2^16 limbs: add, subtract, schoolbook and Karatsuba multiply, divide by small.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

typedef struct { uint16_t *d; int n; } N; /* little endian, normalised: no leading zero limbs */

static N mk(int n) { N x; x.d = calloc((size_t)(n ? n : 1), sizeof(uint16_t)); x.n = n; return x; }
static void norm(N *x) { while (x->n && !x->d[x->n - 1]) x->n--; }

static N add(N a, N b) {
    int n = (a.n > b.n ? a.n : b.n) + 1;
    N r = mk(n);
    uint32_t c = 0;
    for (int i = 0; i < n; i++) {
        c += (i < a.n ? a.d[i] : 0u) + (i < b.n ? b.d[i] : 0u);
        r.d[i] = (uint16_t)c;
        c >>= 16;
    }
    norm(&r);
    return r;
}

static N sub(N a, N b) { /* requires a >= b */
    N r = mk(a.n);
    int32_t borrow = 0;
    for (int i = 0; i < a.n; i++) {
        int32_t v = (int32_t)a.d[i] - (i < b.n ? b.d[i] : 0) - borrow;
        borrow = v < 0;
        r.d[i] = (uint16_t)(v + (borrow ? 65536 : 0));
    }
    norm(&r);
    return r;
}

static N mul_school(N a, N b) {
    N r = mk(a.n + b.n);
    for (int i = 0; i < a.n; i++) {
        uint32_t c = 0;
        for (int j = 0; j < b.n; j++) {
            c += (uint32_t)a.d[i] * b.d[j] + r.d[i + j];
            r.d[i + j] = (uint16_t)c;
            c >>= 16;
        }
        for (int k = i + b.n; c; k++) { c += r.d[k]; r.d[k] = (uint16_t)c; c >>= 16; }
    }
    norm(&r);
    return r;
}

static N slice(N a, int lo, int hi) {
    if (hi > a.n) hi = a.n;
    if (lo > hi) lo = hi;
    N r = mk(hi - lo);
    if (hi > lo) memcpy(r.d, a.d + lo, sizeof(uint16_t) * (size_t)(hi - lo));
    norm(&r);
    return r;
}

static N shift(N a, int limbs) {
    N r = mk(a.n ? a.n + limbs : 0);
    if (a.n) memcpy(r.d + limbs, a.d, sizeof(uint16_t) * (size_t)a.n);
    return r;
}

static N karatsuba(N a, N b) {
    if (a.n < 16 || b.n < 16) return mul_school(a, b);
    int h = (a.n > b.n ? a.n : b.n) / 2;
    N a0 = slice(a, 0, h), a1 = slice(a, h, a.n), b0 = slice(b, 0, h), b1 = slice(b, h, b.n);
    N z0 = karatsuba(a0, b0), z2 = karatsuba(a1, b1);
    N sa = add(a0, a1), sb = add(b0, b1);
    N z1full = karatsuba(sa, sb);
    N t = sub(z1full, z0), z1 = sub(t, z2);
    N s1 = shift(z2, 2 * h), s2 = shift(z1, h);
    N u = add(s1, s2), r = add(u, z0);
    N tmp[] = {a0, a1, b0, b1, z0, z2, sa, sb, z1full, t, z1, s1, s2, u};
    for (unsigned i = 0; i < sizeof tmp / sizeof *tmp; i++) free(tmp[i].d);
    return r;
}

static uint32_t divmod_small(N *a, uint32_t m) {
    uint32_t rem = 0;
    for (int i = a->n - 1; i >= 0; i--) {
        uint32_t cur = rem << 16 | a->d[i];
        a->d[i] = (uint16_t)(cur / m);
        rem = cur % m;
    }
    norm(a);
    return rem;
}

static void print_dec(const char *label, N a) {
    N t = mk(a.n);
    if (a.n) memcpy(t.d, a.d, sizeof(uint16_t) * (size_t)a.n);
    t.n = a.n;
    char *buf = malloc((size_t)a.n * 5 + 2);
    int k = 0;
    do { buf[k++] = (char)('0' + divmod_small(&t, 10)); } while (t.n);
    printf("%s (%d digits): ", label, k);
    if (k > 60) { for (int i = k - 1; i >= k - 25; i--) putchar(buf[i]); printf("..."); for (int i = 24; i >= 0; i--) putchar(buf[i]); }
    else for (int i = k - 1; i >= 0; i--) putchar(buf[i]);
    printf("\n");
    free(buf);
    free(t.d);
}

int main(void) {
    /* a = 3^300, b = 7^200 built by repeated small multiplication */
    N a = mk(1), b = mk(1);
    a.d[0] = 1; b.d[0] = 1;
    for (int i = 0; i < 300; i++) { N three = mk(1); three.d[0] = 3; N t = mul_school(a, three); free(a.d); free(three.d); a = t; }
    for (int i = 0; i < 200; i++) { N seven = mk(1); seven.d[0] = 7; N t = mul_school(b, seven); free(b.d); free(seven.d); b = t; }
    print_dec("3^300", a);
    print_dec("7^200", b);
    N s = add(a, b), d = sub(a, b);
    print_dec("sum", s);
    print_dec("difference", d);
    N p1 = mul_school(a, b), p2 = karatsuba(a, b);
    int same = p1.n == p2.n && memcmp(p1.d, p2.d, sizeof(uint16_t) * (size_t)p1.n) == 0;
    print_dec("product", p1);
    printf("karatsuba agrees: %s (%d limbs)\n", same ? "yes" : "NO", p2.n);
    N sq = karatsuba(p2, p2);
    print_dec("product^2", sq);
    N c = mk(sq.n);
    memcpy(c.d, sq.d, sizeof(uint16_t) * (size_t)sq.n);
    printf("product^2 mod 1000003 = %u, mod 65521 = %u\n", divmod_small(&c, 1000003), divmod_small(&c, 65521));
    N all[] = {a, b, s, d, p1, p2, sq, c};
    for (int i = 0; i < 8; i++) free(all[i].d);
    return !same;
}
