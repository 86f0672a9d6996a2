// Dense double matrices: multiply, LU determinant with partial pivoting, Gauss-Jordan inverse.
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

typedef struct { int n; double *a; } Mat;

static Mat mat_new(int n) { Mat m = {n, calloc((size_t)(n * n), sizeof(double))}; return m; }
#define AT(m, i, j) ((m).a[(i) * (m).n + (j)])

static Mat mat_mul(Mat x, Mat y) {
    Mat r = mat_new(x.n);
    for (int i = 0; i < x.n; i++)
        for (int k = 0; k < x.n; k++) {
            double v = AT(x, i, k);
            for (int j = 0; j < x.n; j++) AT(r, i, j) += v * AT(y, k, j);
        }
    return r;
}

static double det(Mat m) {
    Mat t = mat_new(m.n);
    for (int i = 0; i < m.n * m.n; i++) t.a[i] = m.a[i];
    double d = 1;
    for (int c = 0; c < t.n; c++) {
        int p = c;
        for (int r = c + 1; r < t.n; r++) if (fabs(AT(t, r, c)) > fabs(AT(t, p, c))) p = r;
        if (AT(t, p, c) == 0) { free(t.a); return 0; }
        if (p != c) { for (int j = 0; j < t.n; j++) { double x = AT(t, p, j); AT(t, p, j) = AT(t, c, j); AT(t, c, j) = x; } d = -d; }
        d *= AT(t, c, c);
        for (int r = c + 1; r < t.n; r++) {
            double f = AT(t, r, c) / AT(t, c, c);
            for (int j = c; j < t.n; j++) AT(t, r, j) -= f * AT(t, c, j);
        }
    }
    free(t.a);
    return d;
}

static int inverse(Mat m, Mat *out) {
    int n = m.n;
    Mat a = mat_new(n), inv = mat_new(n);
    for (int i = 0; i < n * n; i++) a.a[i] = m.a[i];
    for (int i = 0; i < n; i++) AT(inv, i, i) = 1;
    for (int c = 0; c < n; c++) {
        int p = c;
        for (int r = c + 1; r < n; r++) if (fabs(AT(a, r, c)) > fabs(AT(a, p, c))) p = r;
        if (fabs(AT(a, p, c)) < 1e-12) { free(a.a); free(inv.a); return 0; }
        for (int j = 0; j < n; j++) {
            double x = AT(a, p, j); AT(a, p, j) = AT(a, c, j); AT(a, c, j) = x;
            x = AT(inv, p, j); AT(inv, p, j) = AT(inv, c, j); AT(inv, c, j) = x;
        }
        double piv = AT(a, c, c);
        for (int j = 0; j < n; j++) { AT(a, c, j) /= piv; AT(inv, c, j) /= piv; }
        for (int r = 0; r < n; r++) {
            if (r == c) continue;
            double f = AT(a, r, c);
            for (int j = 0; j < n; j++) { AT(a, r, j) -= f * AT(a, c, j); AT(inv, r, j) -= f * AT(inv, c, j); }
        }
    }
    free(a.a);
    *out = inv;
    return 1;
}

static void show(const char *name, Mat m) {
    printf("%s:\n", name);
    for (int i = 0; i < m.n; i++) {
        for (int j = 0; j < m.n; j++) printf(" %10.4f", AT(m, i, j) == 0 ? 0.0 : AT(m, i, j));
        printf("\n");
    }
}

int main(void) {
    enum { N = 5 };
    Mat a = mat_new(N), h = mat_new(N);
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            AT(a, i, j) = (double)((i * 7 + j * 3) % 11) - 5 + (i == j ? 10 : 0);
            AT(h, i, j) = 1.0 / (i + j + 1); /* Hilbert matrix */
        }
    show("A", a);
    printf("det(A) = %.6f\n", det(a));
    Mat ai;
    if (!inverse(a, &ai)) return 1;
    show("inv(A)", ai);
    Mat id = mat_mul(a, ai);
    double err = 0;
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) if (fabs(AT(id, i, j) - (i == j)) > err) err = fabs(AT(id, i, j) - (i == j));
    printf("max |A*inv(A) - I| < 1e-12: %s\n", err < 1e-12 ? "yes" : "no");
    printf("det(Hilbert5) = %.6e\n", det(h));
    Mat hi;
    inverse(h, &hi);
    double hsum = 0;
    for (int i = 0; i < N * N; i++) hsum += hi.a[i];
    printf("inv(Hilbert5)[0][0] = %.4f, [4][4] = %.4f, sum = %.3f\n", AT(hi, 0, 0), AT(hi, 4, 4), hsum);
    Mat sq = mat_mul(a, a), cube = mat_mul(sq, a);
    printf("det(A^3) = %.9e vs det(A)^3 = %.9e\n", det(cube), det(a) * det(a) * det(a));
    Mat s = mat_new(3);
    double vals[9] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    for (int i = 0; i < 9; i++) s.a[i] = vals[i];
    printf("singular det = %g, invertible = %d\n", det(s), inverse(s, &hi) ? 2 : 0);
    free(a.a); free(h.a); free(ai.a); free(id.a); free(hi.a); free(sq.a); free(cube.a); free(s.a);
    return 0;
}
