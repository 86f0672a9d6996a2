// Greedy interval algorithms: activity selection, minimum meeting rooms (sweep), merging overlaps, weighted scheduling by DP.
#include <stdio.h>
#include <stdlib.h>

typedef struct { int start, end, weight, id; } Iv;

static int by_end(const void *a, const void *b) { const Iv *x = a, *y = b; return x->end != y->end ? x->end - y->end : x->start - y->start; }
static int by_start(const void *a, const void *b) { const Iv *x = a, *y = b; return x->start != y->start ? x->start - y->start : x->end - y->end; }
static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int main(void) {
    enum { N = 24 };
    Iv iv[N];
    unsigned s = 11;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        int st = (int)(s >> 16) % 100;
        s = s * 1103515245u + 12345u;
        iv[i] = (Iv){st, st + 1 + (int)(s >> 16) % 20, 1 + (int)(s >> 8) % 9, i};
    }
    qsort(iv, N, sizeof *iv, by_end);
    int last_end = -1, chosen = 0;
    printf("activity selection:");
    for (int i = 0; i < N; i++) if (iv[i].start >= last_end) { printf(" [%d,%d)", iv[i].start, iv[i].end); last_end = iv[i].end; chosen++; }
    printf(" -> %d\n", chosen);
    /* rooms needed: sweep over sorted starts and ends */
    int starts[N], ends[N];
    for (int i = 0; i < N; i++) { starts[i] = iv[i].start; ends[i] = iv[i].end; }
    qsort(starts, N, sizeof(int), cmp_int);
    qsort(ends, N, sizeof(int), cmp_int);
    int rooms = 0, best = 0;
    for (int i = 0, j = 0; i < N;) {
        if (starts[i] < ends[j]) { rooms++; i++; if (rooms > best) best = rooms; }
        else { rooms--; j++; }
    }
    printf("rooms needed: %d\n", best);
    /* merge overlapping intervals */
    Iv m[N];
    for (int i = 0; i < N; i++) m[i] = iv[i];
    qsort(m, N, sizeof *m, by_start);
    int k = 0;
    for (int i = 1; i < N; i++) { if (m[i].start <= m[k].end) { if (m[i].end > m[k].end) m[k].end = m[i].end; } else m[++k] = m[i]; }
    printf("merged:");
    for (int i = 0; i <= k; i++) printf(" [%d,%d)", m[i].start, m[i].end);
    printf("\n");
    /* weighted interval scheduling */
    int dp[N + 1], take[N];
    dp[0] = 0;
    for (int i = 1; i <= N; i++) {
        int p = i - 1;
        while (p > 0 && iv[p - 1].end > iv[i - 1].start) p--;
        int with = iv[i - 1].weight + dp[p];
        take[i - 1] = with > dp[i - 1];
        dp[i] = take[i - 1] ? with : dp[i - 1];
    }
    printf("max weight %d, chosen:", dp[N]);
    for (int i = N; i > 0;) {
        if (take[i - 1]) { printf(" #%d(w%d)", iv[i - 1].id, iv[i - 1].weight); int p = i - 1; while (p > 0 && iv[p - 1].end > iv[i - 1].start) p--; i = p; }
        else i--;
    }
    printf("\n");
    return 0;
}
