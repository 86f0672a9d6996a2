// Binary search variants: lower/upper bound, first/last occurrence, rotated arrays, answer search (integer sqrt, capacity).
#include <stdio.h>

static int lower_bound(const int *a, int n, int x) { int lo = 0, hi = n; while (lo < hi) { int m = lo + (hi - lo) / 2; if (a[m] < x) lo = m + 1; else hi = m; } return lo; }
static int upper_bound(const int *a, int n, int x) { int lo = 0, hi = n; while (lo < hi) { int m = lo + (hi - lo) / 2; if (a[m] <= x) lo = m + 1; else hi = m; } return lo; }

static int search_rotated(const int *a, int n, int x) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int m = lo + (hi - lo) / 2;
        if (a[m] == x) return m;
        if (a[lo] <= a[m]) { if (a[lo] <= x && x < a[m]) hi = m - 1; else lo = m + 1; }
        else { if (a[m] < x && x <= a[hi]) lo = m + 1; else hi = m - 1; }
    }
    return -1;
}

static int find_rotation(const int *a, int n) { int lo = 0, hi = n - 1; while (lo < hi) { int m = (lo + hi) / 2; if (a[m] > a[hi]) lo = m + 1; else hi = m; } return lo; }

/* minimum capacity to ship weights in order within d days */
static int days_needed(const int *w, int n, int cap) { int d = 1, load = 0; for (int i = 0; i < n; i++) { if (load + w[i] > cap) { d++; load = 0; } load += w[i]; } return d; }
static int min_capacity(const int *w, int n, int days) {
    int lo = 0, hi = 0;
    for (int i = 0; i < n; i++) { if (w[i] > lo) lo = w[i]; hi += w[i]; }
    while (lo < hi) { int m = lo + (hi - lo) / 2; if (days_needed(w, n, m) <= days) hi = m; else lo = m + 1; }
    return lo;
}

int main(void) {
    int a[] = {1, 2, 2, 2, 3, 5, 5, 8, 13, 13, 13, 13, 21, 34};
    int n = sizeof a / sizeof *a;
    for (int x = 0; x <= 35; x += 1) {
        int lb = lower_bound(a, n, x), ub = upper_bound(a, n, x);
        if (ub > lb || x % 7 == 0) printf("x=%2d lower %2d upper %2d count %d\n", x, lb, ub, ub - lb);
    }
    int r[] = {15, 18, 22, 29, 34, 40, 1, 3, 6, 9, 11};
    int rn = sizeof r / sizeof *r;
    printf("rotation point %d\n", find_rotation(r, rn));
    int probes[] = {15, 40, 1, 11, 6, 7, 50, 0, 29};
    for (int i = 0; i < 9; i++) printf("find %d -> %d\n", probes[i], search_rotated(r, rn, probes[i]));
    int w[] = {3, 2, 2, 4, 1, 4, 7, 5, 9, 2, 6, 8, 1, 3};
    for (int d = 1; d <= 14; d += 3) printf("ship in %2d days: capacity %d\n", d, min_capacity(w, 14, d));
    /* exhaustive check of lower_bound against linear scan */
    int bad = 0;
    for (int x = -2; x < 40; x++) { int lin = 0; while (lin < n && a[lin] < x) lin++; if (lin != lower_bound(a, n, x)) bad++; }
    printf("lower_bound mismatches %d\n", bad);
    return bad;
}
