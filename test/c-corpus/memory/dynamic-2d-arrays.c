// Dynamic 2-D arrays three ways: array of row pointers, one contiguous block with row pointers, pointer-to-array.
#include <stdio.h>
#include <stdlib.h>

static int **alloc_rows(int r, int c) {
    int **m = malloc(sizeof(int *) * (size_t)r);
    for (int i = 0; i < r; i++) m[i] = calloc((size_t)c, sizeof(int));
    return m;
}
static void free_rows(int **m, int r) { for (int i = 0; i < r; i++) free(m[i]); free(m); }

static double **alloc_contig(int r, int c) {
    double **rows = malloc(sizeof(double *) * (size_t)r);
    rows[0] = malloc(sizeof(double) * (size_t)(r * c));
    for (int i = 1; i < r; i++) rows[i] = rows[0] + i * c;
    return rows;
}
static void free_contig(double **m) { free(m[0]); free(m); }

int main(void) {
    enum { R = 9, C = 12 };
    int **a = alloc_rows(R, C);
    for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) a[i][j] = (i + 1) * (j + 1);
    /* swap rows by swapping pointers */
    int *t = a[0]; a[0] = a[R - 1]; a[R - 1] = t;
    /* a jagged triangle reuses the same pattern */
    int **tri = malloc(sizeof(int *) * 10);
    for (int i = 0; i < 10; i++) {
        tri[i] = malloc(sizeof(int) * (size_t)(i + 1));
        tri[i][0] = tri[i][i] = 1;
        for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
    }
    for (int i = 0; i < R; i++) { for (int j = 0; j < C; j++) printf("%4d", a[i][j]); printf("\n"); }
    printf("triangle row 9:");
    for (int j = 0; j < 10; j++) printf(" %d", tri[9][j]);
    printf("\n");
    double **m = alloc_contig(6, 6);
    for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) m[i][j] = i == j ? 2.0 : (i - j == 1 || j - i == 1) ? -1.0 : 0.0;
    /* contiguous storage lets us treat it as a flat vector too */
    double trace = 0, total = 0;
    for (int k = 0; k < 36; k++) total += m[0][k];
    for (int i = 0; i < 6; i++) trace += m[i][i];
    printf("tridiagonal: trace %.1f total %.1f\n", trace, total);
    /* pointer to array of C ints: a true 2-D heap array with one malloc */
    int (*grid)[C] = malloc(sizeof(int[R][C]));
    for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) grid[i][j] = a[i][j] - i * j;
    long s = 0;
    for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) s += grid[i][j] * (j % 2 ? -1 : 1);
    printf("grid alternating sum %ld, row stride %d bytes\n", s, (int)((char *)grid[1] - (char *)grid[0]));
    /* transpose into a new array-of-rows */
    int **tr = alloc_rows(C, R);
    for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) tr[j][i] = a[i][j];
    printf("transpose corner values: %d %d %d %d\n", tr[0][0], tr[C - 1][0], tr[0][R - 1], tr[C - 1][R - 1]);
    free_rows(a, R);
    free_rows(tr, C);
    for (int i = 0; i < 10; i++) free(tri[i]);
    free(tri);
    free_contig(m);
    free(grid);
    return 0;
}
