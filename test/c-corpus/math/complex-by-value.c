// Complex numbers as structs passed and returned by value: roots of unity, polynomial roots, FFT.
#include <stdio.h>
#include <math.h>

typedef struct { double re, im; } Cx;

static Cx cx(double r, double i) { Cx z = {r, i}; return z; }
static Cx cadd(Cx a, Cx b) { return cx(a.re + b.re, a.im + b.im); }
static Cx csub(Cx a, Cx b) { return cx(a.re - b.re, a.im - b.im); }
static Cx cmul(Cx a, Cx b) { return cx(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re); }
static Cx cdiv(Cx a, Cx b) { double d = b.re * b.re + b.im * b.im; return cx((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d); }
static double cabs2(Cx a) { return sqrt(a.re * a.re + a.im * a.im); }
static double clean(double v) { return fabs(v) < 5e-10 ? 0.0 : v; }
static void show(const char *l, Cx z) { printf("%s = %.6f %+.6fi\n", l, clean(z.re), clean(z.im)); }

/* unit circle point via rotation (no trig functions): start at 1, multiply by w repeatedly */
static Cx root_of_unity(int n) {
    /* w = cos(2pi/n) + i sin(2pi/n) computed by halving from known angles with sqrt */
    Cx w = cx(-1, 0); /* angle pi */
    int k = 2;
    while (k < n) {
        /* half angle: cos(t/2) = sqrt((1+cos t)/2), sin(t/2) = sqrt((1-cos t)/2) for t in (0, pi] */
        double c = sqrt((1 + w.re) / 2), s = sqrt((1 - w.re) / 2);
        w = cx(c, s);
        k *= 2;
    }
    return w;
}

static void fft(Cx *a, int n, int invert) {
    for (int i = 1, j = 0; i < n; i++) {
        int bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) { Cx t = a[i]; a[i] = a[j]; a[j] = t; }
    }
    for (int len = 2; len <= n; len <<= 1) {
        Cx w = root_of_unity(len);
        if (invert) w.im = -w.im;
        for (int i = 0; i < n; i += len) {
            Cx wn = cx(1, 0);
            for (int j = 0; j < len / 2; j++) {
                Cx u = a[i + j], v = cmul(a[i + j + len / 2], wn);
                a[i + j] = cadd(u, v);
                a[i + j + len / 2] = csub(u, v);
                wn = cmul(wn, w);
            }
        }
    }
    if (invert) for (int i = 0; i < n; i++) { a[i].re /= n; a[i].im /= n; }
}

int main(void) {
    Cx a = cx(3, 4), b = cx(1, -2);
    show("a+b", cadd(a, b));
    show("a*b", cmul(a, b));
    show("a/b", cdiv(a, b));
    printf("|a| = %.6f\n", cabs2(a));
    Cx w8 = root_of_unity(8), p = cx(1, 0);
    for (int k = 0; k < 8; k++) p = cmul(p, w8);
    show("w8", w8);
    show("w8^8", p);
    /* multiply 1234567 * 7654321 via FFT convolution of decimal digits */
    int x[] = {7, 6, 5, 4, 3, 2, 1}, y[] = {1, 2, 3, 4, 5, 6, 7};
    enum { N = 16 };
    Cx fa[N], fb[N];
    for (int i = 0; i < N; i++) { fa[i] = cx(i < 7 ? x[i] : 0, 0); fb[i] = cx(i < 7 ? y[i] : 0, 0); }
    fft(fa, N, 0);
    fft(fb, N, 0);
    for (int i = 0; i < N; i++) fa[i] = cmul(fa[i], fb[i]);
    fft(fa, N, 1);
    long long result = 0, place = 1;
    for (int i = 0; i < N; i++) { result += (long long)floor(fa[i].re + 0.5) * place; place *= 10; if (place > 100000000000000LL) break; }
    printf("1234567 * 7654321 = %lld (expected %lld)\n", result, 1234567LL * 7654321LL);
    /* Newton iteration for the complex cube roots of 1 from different starting points */
    Cx starts[] = {cx(1, 1), cx(-1, 1), cx(-1, -1), cx(2, 0)};
    for (int s = 0; s < 4; s++) {
        Cx z = starts[s];
        for (int it = 0; it < 40; it++) {
            Cx z2 = cmul(z, z), f = csub(cmul(z2, z), cx(1, 0)), df = cmul(cx(3, 0), z2);
            z = csub(z, cdiv(f, df));
        }
        char label[32];
        snprintf(label, sizeof label, "root from (%g,%g)", starts[s].re, starts[s].im);
        show(label, z);
    }
    return 0;
}
