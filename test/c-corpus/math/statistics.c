// Descriptive statistics over a generated sample: mean, variance (two-pass and Welford), median, quartiles, histogram.
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double quantile(const double *sorted, int n, double q) {
    double pos = q * (n - 1);
    int i = (int)floor(pos);
    double frac = pos - i;
    return i + 1 < n ? sorted[i] * (1 - frac) + sorted[i + 1] * frac : sorted[i];
}

int main(void) {
    enum { N = 2001 };
    double *x = malloc(N * sizeof *x);
    unsigned s = 12345;
    for (int i = 0; i < N; i++) {
        /* approximately normal: sum of 12 uniforms minus 6, scaled */
        double u = 0;
        for (int k = 0; k < 12; k++) { s = s * 1103515245u + 12345u; u += (s >> 8) / 16777216.0; }
        x[i] = 50 + 10 * (u - 6);
    }
    double sum = 0;
    for (int i = 0; i < N; i++) sum += x[i];
    double mean = sum / N, ss = 0;
    for (int i = 0; i < N; i++) ss += (x[i] - mean) * (x[i] - mean);
    double wm = 0, wm2 = 0;
    for (int i = 0; i < N; i++) { double d = x[i] - wm; wm += d / (i + 1); wm2 += d * (x[i] - wm); }
    printf("n=%d mean=%.6f var=%.6f welford mean=%.6f var=%.6f sd=%.6f\n", N, mean, ss / (N - 1), wm, wm2 / (N - 1), sqrt(ss / (N - 1)));
    qsort(x, N, sizeof *x, cmp_double);
    printf("min=%.4f q1=%.4f median=%.4f q3=%.4f max=%.4f p99=%.4f\n", x[0], quantile(x, N, 0.25), quantile(x, N, 0.5), quantile(x, N, 0.75), x[N - 1], quantile(x, N, 0.99));
    int hist[12] = {0};
    for (int i = 0; i < N; i++) { int b = (int)floor((x[i] - 20) / 5); if (b < 0) b = 0; if (b > 11) b = 11; hist[b]++; }
    for (int b = 0; b < 12; b++) {
        printf("%5.1f-%5.1f %4d ", 20 + b * 5.0, 25 + b * 5.0, hist[b]);
        for (int k = 0; k < hist[b] / 10; k++) putchar('#');
        putchar('\n');
    }
    double within = 0;
    for (int i = 0; i < N; i++) within += fabs(x[i] - mean) <= sqrt(ss / (N - 1));
    printf("fraction within 1 sd: %.4f\n", within / N);
    double skew = 0, kurt = 0, sd = sqrt(ss / N);
    for (int i = 0; i < N; i++) { double z = (x[i] - mean) / sd; skew += z * z * z; kurt += z * z * z * z; }
    printf("skewness %.4f excess kurtosis %.4f\n", skew / N, kurt / N - 3);
    free(x);
    return 0;
}
