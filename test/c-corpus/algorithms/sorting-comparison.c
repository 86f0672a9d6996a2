// Eight sorting algorithms on the same inputs (random, sorted, reversed, few-unique), compared by result and work done.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long cmps, moves;
static int less(int a, int b) { cmps++; return a < b; }

static void insertion(int *a, int n) {
    for (int i = 1; i < n; i++) { int v = a[i], j = i; while (j > 0 && less(v, a[j - 1])) { a[j] = a[j - 1]; moves++; j--; } a[j] = v; }
}
static void selection(int *a, int n) {
    for (int i = 0; i < n - 1; i++) { int m = i; for (int j = i + 1; j < n; j++) if (less(a[j], a[m])) m = j; int t = a[i]; a[i] = a[m]; a[m] = t; moves++; }
}
static void shell(int *a, int n) {
    for (int gap = n / 2; gap > 0; gap = gap == 2 ? 1 : gap * 5 / 11)
        for (int i = gap; i < n; i++) { int v = a[i], j = i; while (j >= gap && less(v, a[j - gap])) { a[j] = a[j - gap]; moves++; j -= gap; } a[j] = v; }
}
static void merge_rec(int *a, int *tmp, int lo, int hi) {
    if (hi - lo < 2) return;
    int mid = (lo + hi) / 2;
    merge_rec(a, tmp, lo, mid); merge_rec(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = less(a[j], a[i]) ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (k = lo; k < hi; k++) { a[k] = tmp[k]; moves++; }
}
static void mergesort_(int *a, int n) { int *t = malloc(sizeof(int) * (size_t)n); merge_rec(a, t, 0, n); free(t); }
static void quick_rec(int *a, int lo, int hi) {
    while (hi - lo > 1) {
        int mid = lo + (hi - lo) / 2, p = a[mid];
        /* three-way partition */
        int lt = lo, gt = hi - 1, i = lo;
        while (i <= gt) {
            if (less(a[i], p)) { int t = a[lt]; a[lt++] = a[i]; a[i++] = t; moves++; }
            else if (less(p, a[i])) { int t = a[gt]; a[gt--] = a[i]; a[i] = t; moves++; }
            else i++;
        }
        if (lt - lo < hi - gt) { quick_rec(a, lo, lt); lo = gt + 1; } else { quick_rec(a, gt + 1, hi); hi = lt; }
    }
}
static void quicksort_(int *a, int n) { quick_rec(a, 0, n); }
static void sift(int *a, int i, int n) {
    for (;;) { int c = 2 * i + 1; if (c >= n) return; if (c + 1 < n && less(a[c], a[c + 1])) c++; if (!less(a[i], a[c])) return; int t = a[i]; a[i] = a[c]; a[c] = t; moves++; i = c; }
}
static void heapsort_(int *a, int n) {
    for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
    for (int e = n - 1; e > 0; e--) { int t = a[0]; a[0] = a[e]; a[e] = t; moves++; sift(a, 0, e); }
}
static void radix(int *a, int n) { /* LSD on non-negative ints, base 256 */
    int *t = malloc(sizeof(int) * (size_t)n);
    for (int shift = 0; shift < 32; shift += 8) {
        int cnt[257] = {0};
        for (int i = 0; i < n; i++) cnt[((unsigned)a[i] >> shift & 255) + 1]++;
        for (int b = 0; b < 256; b++) cnt[b + 1] += cnt[b];
        for (int i = 0; i < n; i++) { t[cnt[(unsigned)a[i] >> shift & 255]++] = a[i]; moves++; }
        memcpy(a, t, sizeof(int) * (size_t)n);
    }
    free(t);
}
static void comb(int *a, int n) {
    int gap = n, swapped = 1;
    while (gap > 1 || swapped) {
        gap = gap * 10 / 13; if (gap < 1) gap = 1;
        swapped = 0;
        for (int i = 0; i + gap < n; i++) if (less(a[i + gap], a[i])) { int t = a[i]; a[i] = a[i + gap]; a[i + gap] = t; swapped = 1; moves++; }
    }
}

typedef void (*Sorter)(int *, int);
static int cmp_int(const void *x, const void *y) { int a = *(const int *)x, b = *(const int *)y; return (a > b) - (a < b); }

int main(void) {
    Sorter sorts[] = {insertion, selection, shell, mergesort_, quicksort_, heapsort_, radix, comb};
    const char *names[] = {"insertion", "selection", "shell", "merge", "quick3", "heap", "radix", "comb"};
    const char *kinds[] = {"random", "sorted", "reversed", "few-unique"};
    enum { N = 600 };
    int base[N], ref[N], work[N];
    unsigned s = 4242;
    for (int k = 0; k < 4; k++) {
        for (int i = 0; i < N; i++) {
            s = s * 1103515245u + 12345u;
            base[i] = k == 0 ? (int)(s >> 8 & 0xFFFFF) : k == 1 ? i * 3 : k == 2 ? (N - i) * 3 : (int)(s >> 16) % 5;
        }
        memcpy(ref, base, sizeof ref);
        qsort(ref, N, sizeof(int), cmp_int);
        printf("%s:\n", kinds[k]);
        for (int a = 0; a < 8; a++) {
            memcpy(work, base, sizeof work);
            cmps = moves = 0;
            sorts[a](work, N);
            printf("  %-10s %s cmps %7ld moves %7ld\n", names[a], memcmp(work, ref, sizeof ref) ? "WRONG" : "ok   ", cmps, moves);
        }
    }
    return 0;
}
