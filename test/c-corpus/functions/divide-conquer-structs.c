// Divide and conquer returning structs by value: min/max pair, maximum subarray (Kadane vs D&C), closest pair of points.
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

typedef struct { int min, max, comparisons; } MinMax;
typedef struct { long sum; int lo, hi; } Sub;
typedef struct { double x, y; } P;
typedef struct { double d; int i, j; } Pair;

static MinMax minmax(const int *a, int lo, int hi) {
    if (lo == hi) return (MinMax){a[lo], a[lo], 0};
    if (hi == lo + 1) return a[lo] < a[hi] ? (MinMax){a[lo], a[hi], 1} : (MinMax){a[hi], a[lo], 1};
    int mid = (lo + hi) / 2;
    MinMax l = minmax(a, lo, mid), r = minmax(a, mid + 1, hi);
    MinMax m = {l.min < r.min ? l.min : r.min, l.max > r.max ? l.max : r.max, l.comparisons + r.comparisons + 2};
    return m;
}

static Sub crossing(const int *a, int lo, int mid, int hi) {
    long s = 0, best_l = -1000000000L; int bl = mid;
    for (int i = mid; i >= lo; i--) { s += a[i]; if (s > best_l) { best_l = s; bl = i; } }
    long best_r = -1000000000L; int br = mid + 1;
    s = 0;
    for (int i = mid + 1; i <= hi; i++) { s += a[i]; if (s > best_r) { best_r = s; br = i; } }
    return (Sub){best_l + best_r, bl, br};
}

static Sub max_sub(const int *a, int lo, int hi) {
    if (lo == hi) return (Sub){a[lo], lo, hi};
    int mid = (lo + hi) / 2;
    Sub l = max_sub(a, lo, mid), r = max_sub(a, mid + 1, hi), c = crossing(a, lo, mid, hi);
    if (l.sum >= r.sum && l.sum >= c.sum) return l;
    if (r.sum >= c.sum) return r;
    return c;
}

static Sub kadane(const int *a, int n) {
    Sub best = {a[0], 0, 0};
    long cur = 0; int start = 0;
    for (int i = 0; i < n; i++) {
        if (cur <= 0) { cur = a[i]; start = i; } else cur += a[i];
        if (cur > best.sum) best = (Sub){cur, start, i};
    }
    return best;
}

static int cmp_x(const void *a, const void *b) { double d = ((const P *)a)->x - ((const P *)b)->x; return (d > 0) - (d < 0); }
static double dist(P a, P b) { return sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)); }

static Pair closest(const P *p, int lo, int hi) {
    if (hi - lo < 4) {
        Pair best = {1e300, -1, -1};
        for (int i = lo; i <= hi; i++) for (int j = i + 1; j <= hi; j++) { double d = dist(p[i], p[j]); if (d < best.d) best = (Pair){d, i, j}; }
        return best;
    }
    int mid = (lo + hi) / 2;
    Pair l = closest(p, lo, mid), r = closest(p, mid + 1, hi), best = l.d <= r.d ? l : r;
    for (int i = mid; i >= lo && p[mid].x - p[i].x < best.d; i--)
        for (int j = mid + 1; j <= hi && p[j].x - p[i].x < best.d; j++) { double d = dist(p[i], p[j]); if (d < best.d) best = (Pair){d, i, j}; }
    return best;
}

int main(void) {
    int a[64];
    unsigned s = 77;
    for (int i = 0; i < 64; i++) { s = s * 1103515245u + 12345u; a[i] = (int)((s >> 16) % 201) - 100; }
    MinMax mm = minmax(a, 0, 63);
    printf("min %d max %d comparisons %d\n", mm.min, mm.max, mm.comparisons);
    Sub d = max_sub(a, 0, 63), k = kadane(a, 64);
    printf("max subarray: D&C sum %ld [%d..%d], Kadane sum %ld [%d..%d]\n", d.sum, d.lo, d.hi, k.sum, k.lo, k.hi);
    enum { NP = 200 };
    P pts[NP];
    for (int i = 0; i < NP; i++) { s = s * 1103515245u + 12345u; pts[i].x = (s >> 16) % 10000 / 10.0; s = s * 1103515245u + 12345u; pts[i].y = (s >> 16) % 10000 / 10.0; }
    qsort(pts, NP, sizeof *pts, cmp_x);
    Pair c = closest(pts, 0, NP - 1);
    Pair brute = {1e300, -1, -1};
    for (int i = 0; i < NP; i++) for (int j = i + 1; j < NP; j++) { double dd = dist(pts[i], pts[j]); if (dd < brute.d) brute = (Pair){dd, i, j}; }
    printf("closest pair: %.6f between (%.1f,%.1f) and (%.1f,%.1f); brute force %.6f\n", c.d, pts[c.i].x, pts[c.i].y, pts[c.j].x, pts[c.j].y, brute.d);
    return c.d != brute.d;
}
