// Disjoint-set union with path compression and union by rank; Kruskal's MST on a grid graph.
#include <stdio.h>
#include <stdlib.h>

typedef struct { int *parent, *rank, sets; } DSU;

static void dsu_init(DSU *d, int n) {
    d->parent = malloc(sizeof(int) * (size_t)n);
    d->rank = calloc((size_t)n, sizeof(int));
    for (int i = 0; i < n; i++) d->parent[i] = i;
    d->sets = n;
}
static int find(DSU *d, int x) {
    int r = x;
    while (d->parent[r] != r) r = d->parent[r];
    while (d->parent[x] != r) { int n = d->parent[x]; d->parent[x] = r; x = n; }
    return r;
}
static int unite(DSU *d, int a, int b) {
    a = find(d, a); b = find(d, b);
    if (a == b) return 0;
    if (d->rank[a] < d->rank[b]) { int t = a; a = b; b = t; }
    d->parent[b] = a;
    if (d->rank[a] == d->rank[b]) d->rank[a]++;
    d->sets--;
    return 1;
}

typedef struct { int u, v, w; } WEdge;

static int cmp_edge(const void *a, const void *b) {
    const WEdge *x = a, *y = b;
    if (x->w != y->w) return x->w < y->w ? -1 : 1;
    if (x->u != y->u) return x->u < y->u ? -1 : 1;
    return (x->v > y->v) - (x->v < y->v);
}

int main(void) {
    enum { W = 12, H = 9, N = W * H };
    WEdge *edges = malloc(sizeof(WEdge) * 2 * N);
    int m = 0;
    unsigned s = 2024;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int id = y * W + x;
            if (x + 1 < W) { s = s * 1103515245u + 12345u; edges[m++] = (WEdge){id, id + 1, (int)((s >> 16) % 100)}; }
            if (y + 1 < H) { s = s * 1103515245u + 12345u; edges[m++] = (WEdge){id, id + W, (int)((s >> 16) % 100)}; }
        }
    qsort(edges, (size_t)m, sizeof *edges, cmp_edge);
    DSU d;
    dsu_init(&d, N);
    int total = 0, used = 0;
    char hor[N] = {0}, ver[N] = {0};
    for (int i = 0; i < m; i++) {
        if (unite(&d, edges[i].u, edges[i].v)) {
            total += edges[i].w;
            used++;
            if (edges[i].v == edges[i].u + 1) hor[edges[i].u] = 1; else ver[edges[i].u] = 1;
        }
    }
    printf("edges %d, mst edges %d, weight %d, sets %d\n", m, used, total, d.sets);
    /* draw the spanning tree as a maze */
    for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) printf("o%s", x + 1 < W ? (hor[y * W + x] ? "--" : "  ") : "");
        printf("\n");
        if (y + 1 < H) {
            for (int x = 0; x < W; x++) printf("%s", ver[y * W + x] ? "|  " : "   ");
            printf("\n");
        }
    }
    /* simple equivalence classes */
    DSU e;
    dsu_init(&e, 20);
    for (int i = 0; i < 20; i++) unite(&e, i, (i * 6) % 20);
    printf("classes %d:", e.sets);
    for (int i = 0; i < 20; i++) printf(" %d", find(&e, i));
    printf("\n");
    free(edges); free(d.parent); free(d.rank); free(e.parent); free(e.rank);
    return 0;
}
