// Numerical methods: Simpson and adaptive Simpson integration, Newton and bisection root finding.
#include <stdio.h>
#include <math.h>

typedef double (*Fn)(double);

static double f_poly(double x) { return x * x * x - 2 * x - 5; }
static double f_dpoly(double x) { return 3 * x * x - 2; }
static double f_gauss(double x) { double t = -x * x / 2, r = 1, term = 1; for (int k = 1; k < 60; k++) { term *= t / k; r += term; } return r; }
static double f_sqrt(double x) { return sqrt(x); }
static double f_recip(double x) { return 1 / x; }

static double simpson(Fn f, double a, double b, int n) {
    double h = (b - a) / n, s = f(a) + f(b);
    for (int i = 1; i < n; i++) s += f(a + i * h) * (i % 2 ? 4 : 2);
    return s * h / 3;
}

static int evals;
static double asr(Fn f, double a, double b, double eps, double whole, double fa, double fb, double fm, int depth) {
    double m = (a + b) / 2, lm = (a + m) / 2, rm = (m + b) / 2;
    double flm = f(lm), frm = f(rm);
    evals += 2;
    double left = (m - a) / 6 * (fa + 4 * flm + fm), right = (b - m) / 6 * (fm + 4 * frm + fb);
    if (depth <= 0 || fabs(left + right - whole) <= 15 * eps) return left + right + (left + right - whole) / 15;
    return asr(f, a, m, eps / 2, left, fa, fm, flm, depth - 1) + asr(f, m, b, eps / 2, right, fm, fb, frm, depth - 1);
}

static double adaptive(Fn f, double a, double b, double eps) {
    double fa = f(a), fb = f(b), fm = f((a + b) / 2);
    evals = 3;
    return asr(f, a, b, eps, (b - a) / 6 * (fa + 4 * fm + fb), fa, fb, fm, 18);
}

static double newton(Fn f, Fn df, double x, int *iters) {
    for (*iters = 0; *iters < 50; ++*iters) {
        double step = f(x) / df(x);
        x -= step;
        if (fabs(step) < 1e-15) break;
    }
    return x;
}

static double bisect(Fn f, double lo, double hi, int *iters) {
    for (*iters = 0; hi - lo > 1e-12; ++*iters) {
        double mid = (lo + hi) / 2;
        if ((f(lo) < 0) == (f(mid) < 0)) lo = mid; else hi = mid;
    }
    return (lo + hi) / 2;
}

int main(void) {
    struct { const char *name; Fn f; double a, b; } cases[] = {
        {"x^3-2x-5", f_poly, 0, 3}, {"exp(-x^2/2)", f_gauss, -3, 3}, {"sqrt(x)", f_sqrt, 0, 4}, {"1/x", f_recip, 1, 10}};
    for (int i = 0; i < 4; i++) {
        printf("%-12s [%g,%g]:", cases[i].name, cases[i].a, cases[i].b);
        for (int n = 4; n <= 256; n *= 4) printf(" S%d=%.9f", n, simpson(cases[i].f, cases[i].a, cases[i].b, n));
        double ad = adaptive(cases[i].f, cases[i].a, cases[i].b, 1e-10);
        printf(" adaptive=%.10f (%d evals)\n", ad, evals);
    }
    int it1, it2;
    double r1 = newton(f_poly, f_dpoly, 2, &it1), r2 = bisect(f_poly, 2, 3, &it2);
    printf("root of x^3-2x-5: newton %.12f (%d iters), bisection %.12f (%d iters)\n", r1, it1, r2, it2);
    printf("residuals %.3e %.3e\n", f_poly(r1), f_poly(r2));
    printf("ln(10) ~ %.9f, sqrt(2pi) ~ %.9f\n", adaptive(f_recip, 1, 10, 1e-12), adaptive(f_gauss, -4, 4, 1e-12));
    return 0;
}
