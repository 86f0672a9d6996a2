// Floating-point formatting and arithmetic edge cases: %e/%f/%g rounding, subnormals, infinities, -0.
#include <stdio.h>
#include <float.h>
#include <math.h>

int main(void) {
    double vals[] = {1.0, 0.1, 2.5, 3.5, -2.5, 1e-300, 5e-324, DBL_MAX, DBL_MIN, DBL_EPSILON, 123456789.125, 9.999999,
                     0.000099999, 1e21, 1e22, 299792458.0, 1.0 / 7.0, 1.5e-7, 6.25e-2, 1e100};
    for (int i = 0; i < 20; i++)
        printf("%-3d %.17g | %.3e | %.4f | %g | %.2g | %10.3g\n", i, vals[i], vals[i], vals[i], vals[i], vals[i], vals[i]);
    double inf = DBL_MAX * 2; /* overflows to +infinity */
    printf("inf: %f %e %g %5.1f | -inf: %f\n", inf, inf, inf, inf, -inf);
    double negz = -0.0;
    printf("negative zero: %f %g %e, equals zero: %d\n", negz, negz, negz, negz == 0.0);
    printf("rounding half cases: %.0f %.0f %.0f %.0f %.1f %.1f %.2f\n", 0.5, 1.5, 2.5, -0.5, 0.25, 0.35, 1.005);
    float f = 16777216.0f;
    printf("float: %.1f %.1f %.9g %.9g\n", f, f + 1.0f, 0.1f, 1.0f / 3.0f);
    double acc = 0;
    for (int i = 0; i < 10; i++) acc += 0.1;
    printf("sum of ten 0.1 = %.17g, == 1.0: %d\n", acc, acc == 1.0);
    double kahan = 0, c = 0;
    for (int i = 0; i < 1000000; i++) {
        double y = 0.1 - c, t = kahan + y;
        c = (t - kahan) - y;
        kahan = t;
    }
    printf("kahan sum of 1e6 * 0.1 = %.10f\n", kahan);
    printf("floor/ceil/fmod: %g %g %g %g %g %g\n", floor(-2.5), ceil(-2.5), floor(2.5), ceil(2.000001), fmod(10.5, 3), fmod(-10.5, 3));
    printf("sqrt: %.17g %.17g %g\n", sqrt(2.0), sqrt(1e-300), sqrt(0.0));
    double sub = DBL_MIN;
    int halvings = 0;
    while (sub / 2 > 0) { sub /= 2; halvings++; }
    printf("halvings below DBL_MIN: %d, smallest %g\n", halvings, sub);
    printf("casts: %d %d %d %u %lld\n", (int)2.9, (int)-2.9, (int)1e9, (unsigned)4e9, (long long)-9.2e18);
    printf("compare: %d %d %d\n", 0.1 + 0.2 == 0.3, 0.1f + 0.2f == 0.3f, 1e16 + 1 == 1e16);
    return 0;
}
