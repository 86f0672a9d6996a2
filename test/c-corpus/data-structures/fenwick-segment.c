// Fenwick tree and a lazy segment tree answering the same range queries; results cross-checked.
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

enum { N = 1000 };

static int64_t fen[N + 1];
static void fen_add(int i, int64_t v) { for (i++; i <= N; i += i & -i) fen[i] += v; }
static int64_t fen_prefix(int i) { int64_t s = 0; for (; i > 0; i -= i & -i) s += fen[i]; return s; }

typedef struct Seg { int64_t sum, lazy; } Seg;
static Seg seg[4 * N];

static void push(int node, int lo, int hi) {
    if (!seg[node].lazy) return;
    int mid = (lo + hi) / 2;
    int64_t z = seg[node].lazy;
    seg[2 * node].sum += z * (mid - lo + 1); seg[2 * node].lazy += z;
    seg[2 * node + 1].sum += z * (hi - mid); seg[2 * node + 1].lazy += z;
    seg[node].lazy = 0;
}

static void seg_add(int node, int lo, int hi, int a, int b, int64_t v) {
    if (b < lo || hi < a) return;
    if (a <= lo && hi <= b) { seg[node].sum += v * (hi - lo + 1); seg[node].lazy += v; return; }
    push(node, lo, hi);
    int mid = (lo + hi) / 2;
    seg_add(2 * node, lo, mid, a, b, v);
    seg_add(2 * node + 1, mid + 1, hi, a, b, v);
    seg[node].sum = seg[2 * node].sum + seg[2 * node + 1].sum;
}

static int64_t seg_sum(int node, int lo, int hi, int a, int b) {
    if (b < lo || hi < a) return 0;
    if (a <= lo && hi <= b) return seg[node].sum;
    push(node, lo, hi);
    int mid = (lo + hi) / 2;
    return seg_sum(2 * node, lo, mid, a, b) + seg_sum(2 * node + 1, mid + 1, hi, a, b);
}

int main(void) {
    uint32_t s = 1;
    int64_t *naive = calloc(N, sizeof *naive);
    int mismatches = 0;
    for (int step = 0; step < 3000; step++) {
        s = s * 1664525u + 1013904223u;
        int i = (int)(s >> 8) % N;
        s = s * 1664525u + 1013904223u;
        int64_t v = (int64_t)(s >> 12) % 1000 - 500;
        fen_add(i, v);
        seg_add(1, 0, N - 1, i, i, v);
        naive[i] += v;
        if (step % 3 == 0) {
            s = s * 1664525u + 1013904223u;
            int j = (int)(s >> 8) % N;
            int a = i < j ? i : j, b = i < j ? j : i;
            /* range add through segment tree only, mirrored into the others point by point */
            seg_add(1, 0, N - 1, a, b, 3);
            for (int k = a; k <= b; k++) { naive[k] += 3; fen_add(k, 3); }
            int64_t f = fen_prefix(b + 1) - fen_prefix(a), g = seg_sum(1, 0, N - 1, a, b), h = 0;
            for (int k = a; k <= b; k++) h += naive[k];
            if (f != g || g != h) mismatches++;
            if (step % 300 == 0) printf("step %4d sum[%3d..%3d] = %lld\n", step, a, b, (long long)g);
        }
    }
    printf("total %lld, mismatches %d\n", (long long)seg_sum(1, 0, N - 1, 0, N - 1), mismatches);
    free(naive);
    return mismatches;
}
