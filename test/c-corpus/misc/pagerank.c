// PageRank by power iteration on a small link graph with dangling nodes; converges to a tolerance, prints rankings.
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

enum { N = 12 };
static const char *pages[N] = {"home", "about", "blog", "post1", "post2", "post3", "contact", "docs", "api", "faq", "spec", "orphan"};
static const int links[][2] = {{0, 1}, {0, 2}, {0, 7}, {1, 0}, {1, 6}, {2, 3}, {2, 4}, {2, 5}, {3, 2}, {3, 7}, {4, 2}, {4, 3}, {5, 2},
                               {5, 10}, {6, 0}, {7, 8}, {7, 9}, {7, 10}, {8, 7}, {8, 10}, {9, 7}, {9, 0}, {11, 0}};

typedef struct { int page; double rank; } Ranked;
static int by_rank(const void *a, const void *b) {
    const Ranked *x = a, *y = b;
    if (x->rank != y->rank) return x->rank < y->rank ? 1 : -1;
    return x->page - y->page;
}

int main(void) {
    int nl = sizeof links / sizeof *links;
    int outdeg[N] = {0};
    for (int i = 0; i < nl; i++) outdeg[links[i][0]]++;
    double r[N], nr[N];
    for (int i = 0; i < N; i++) r[i] = 1.0 / N;
    const double d = 0.85;
    int it;
    double delta = 0;
    for (it = 1; it <= 200; it++) {
        double dangling = 0;
        for (int i = 0; i < N; i++) if (!outdeg[i]) dangling += r[i];
        for (int i = 0; i < N; i++) nr[i] = (1 - d) / N + d * dangling / N;
        for (int k = 0; k < nl; k++) nr[links[k][1]] += d * r[links[k][0]] / outdeg[links[k][0]];
        delta = 0;
        for (int i = 0; i < N; i++) { delta += fabs(nr[i] - r[i]); r[i] = nr[i]; }
        if (it <= 3 || it % 10 == 0) printf("iteration %3d delta %.3e\n", it, delta);
        if (delta < 1e-12) break;
    }
    printf("converged after %d iterations\n", it);
    Ranked rk[N];
    double sum = 0;
    for (int i = 0; i < N; i++) { rk[i].page = i; rk[i].rank = r[i]; sum += r[i]; }
    qsort(rk, N, sizeof *rk, by_rank);
    for (int i = 0; i < N; i++) printf("%2d. %-8s %.6f (out %d)\n", i + 1, pages[rk[i].page], rk[i].rank, outdeg[rk[i].page]);
    printf("sum of ranks %.12f\n", sum);
    return 0;
}
