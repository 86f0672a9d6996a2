// Variable-length arrays: VLA locals, VLA parameters (int n, double m[n][n]), sizeof of VLAs, and VLA typedefs.
#include <stdio.h>

static void fill(int n, int m, double a[n][m], double base) {
    for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) a[i][j] = base + i * m + j;
}

static void matmul(int n, int k, int m, double a[n][k], double b[k][m], double c[n][m]) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++) {
            double s = 0;
            for (int t = 0; t < k; t++) s += a[i][t] * b[t][j];
            c[i][j] = s;
        }
}

static double trace(int n, double a[n][n]) { double t = 0; for (int i = 0; i < n; i++) t += a[i][i]; return t; }

static int prefix_max(int n, const int v[n]) {
    int best[n]; /* VLA local sized by the parameter */
    best[0] = v[0];
    for (int i = 1; i < n; i++) best[i] = v[i] > best[i - 1] ? v[i] : best[i - 1];
    int changes = 0;
    for (int i = 1; i < n; i++) changes += best[i] != best[i - 1];
    return changes;
}

int main(void) {
    for (int n = 1; n <= 5; n++) {
        int k = n + 1, m = n + 2;
        double a[n][k], b[k][m], c[n][m];
        fill(n, k, a, 1);
        fill(k, m, b, -2);
        matmul(n, k, m, a, b, c);
        double sum = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) sum += c[i][j];
        printf("n=%d: sizeof(c)=%zu c[0][0]=%.1f c[n-1][m-1]=%.1f sum=%.1f\n", n, sizeof c, c[0][0], c[n - 1][m - 1], sum);
    }
    int n = 4;
    typedef double Square[n][n];
    Square sq;
    fill(n, n, sq, 0.5);
    printf("trace of %dx%d = %.2f, sizeof(Square) = %zu\n", n, n, trace(n, sq), sizeof(Square));
    int vals[30];
    for (int i = 0; i < 30; i++) vals[i] = (i * 17) % 23;
    for (int len = 5; len <= 30; len += 5) printf("prefix-max changes over %d: %d\n", len, prefix_max(len, vals));
    /* VLA in a loop: size changes every iteration */
    long total = 0;
    for (int len = 1; len <= 64; len *= 2) {
        char buf[len + 1];
        for (int i = 0; i < len; i++) buf[i] = (char)('a' + i % 26);
        buf[len] = 0;
        total += (long)sizeof buf;
        if (len >= 16) printf("buf(%d) = %.20s%s\n", len, buf, len > 20 ? "..." : "");
    }
    printf("total VLA bytes %ld\n", total);
    return 0;
}
