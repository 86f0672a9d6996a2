// Higher-order functions over arrays: map, filter, fold, compose, apply-n, function returning function pointers.
#include <stdio.h>

typedef int (*IntFn)(int);
typedef int (*Pred)(int);
typedef int (*Fold)(int, int);

static int sq(int x) { return x * x; }
static int inc(int x) { return x + 1; }
static int half(int x) { return x / 2; }
static int neg(int x) { return -x; }
static int is_even(int x) { return x % 2 == 0; }
static int is_positive(int x) { return x > 0; }
static int div3(int x) { return x % 3 == 0; }
static int add(int a, int b) { return a + b; }
static int mul_mod(int a, int b) { return (int)((long long)a * b % 1000003); }
static int maxf(int a, int b) { return a > b ? a : b; }

static void map(int *a, int n, IntFn f) { for (int i = 0; i < n; i++) a[i] = f(a[i]); }
static int filter(const int *in, int n, Pred p, int *out) { int k = 0; for (int i = 0; i < n; i++) if (p(in[i])) out[k++] = in[i]; return k; }
static int fold(const int *a, int n, Fold f, int init) { for (int i = 0; i < n; i++) init = f(init, a[i]); return init; }

static IntFn pick(char c) {
    switch (c) {
    case 's': return sq;
    case 'i': return inc;
    case 'h': return half;
    case 'n': return neg;
    default: return NULL;
    }
}

/* apply a pipeline described by a string */
static int pipeline(const char *spec, int x) {
    for (; *spec; spec++) { IntFn f = pick(*spec); if (f) x = f(x); }
    return x;
}

static int apply_n(IntFn f, int n, int x) { while (n-- > 0) x = f(x); return x; }

static void show(const char *label, const int *a, int n) { printf("%-12s", label); for (int i = 0; i < n; i++) printf(" %d", a[i]); printf("\n"); }

int main(void) {
    int a[16], b[16];
    for (int i = 0; i < 16; i++) a[i] = i - 5;
    show("input", a, 16);
    int n = filter(a, 16, is_even, b);
    show("even", b, n);
    n = filter(a, 16, is_positive, b);
    show("positive", b, n);
    map(b, n, sq);
    show("squared", b, n);
    printf("sum %d product mod %d max %d\n", fold(b, n, add, 0), fold(b, n, mul_mod, 1), fold(a, 16, maxf, -1000));
    n = filter(a, 16, div3, b);
    map(b, n, neg);
    show("div3 negated", b, n);
    const char *specs[] = {"s", "si", "is", "sss", "hhh", "nisn", "siiih", ""};
    for (int i = 0; i < 8; i++) printf("pipeline '%s'(7) = %d\n", specs[i], pipeline(specs[i], 7));
    printf("apply_n(inc, 100, 0) = %d, apply_n(half, 5, 1000) = %d\n", apply_n(inc, 100, 0), apply_n(half, 5, 1000));
    Pred preds[] = {is_even, is_positive, div3};
    const char *pn[] = {"even", "positive", "div3"};
    for (int p = 0; p < 3; p++) {
        int cnt = 0;
        for (int x = -50; x <= 50; x++) cnt += preds[p](x);
        printf("%s count in [-50,50]: %d\n", pn[p], cnt);
    }
    return 0;
}
