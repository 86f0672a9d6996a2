// Dijkstra's shortest paths with a binary min-heap (decrease-key via position index).
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>

typedef struct Arc { int to, w; struct Arc *next; } Arc;

typedef struct {
    int *heap, *pos, size;
    long *key;
} Heap;

static void swap_at(Heap *h, int i, int j) {
    int a = h->heap[i], b = h->heap[j];
    h->heap[i] = b; h->heap[j] = a;
    h->pos[b] = i; h->pos[a] = j;
}

static void sift_up(Heap *h, int i) {
    while (i > 0) {
        int p = (i - 1) / 2;
        if (h->key[h->heap[p]] <= h->key[h->heap[i]]) break;
        swap_at(h, i, p);
        i = p;
    }
}

static void sift_down(Heap *h, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->size && h->key[h->heap[l]] < h->key[h->heap[m]]) m = l;
        if (r < h->size && h->key[h->heap[r]] < h->key[h->heap[m]]) m = r;
        if (m == i) return;
        swap_at(h, i, m);
        i = m;
    }
}

static void push_or_decrease(Heap *h, int v, long k) {
    if (h->pos[v] < 0) {
        h->heap[h->size] = v;
        h->pos[v] = h->size++;
    }
    h->key[v] = k;
    sift_up(h, h->pos[v]);
}

static int pop(Heap *h) {
    int v = h->heap[0];
    swap_at(h, 0, --h->size);
    h->pos[v] = -2;
    sift_down(h, 0);
    return v;
}

int main(void) {
    enum { N = 60 };
    Arc *adj[N] = {0};
    unsigned s = 99;
    int edges = 0;
    for (int u = 0; u < N; u++) {
        for (int k = 0; k < 4; k++) {
            s = s * 1664525u + 1013904223u;
            int v = (int)((s >> 8) % N);
            if (v == u) continue;
            Arc *a = malloc(sizeof *a);
            a->to = v;
            a->w = 1 + (int)((s >> 20) % 20);
            a->next = adj[u];
            adj[u] = a;
            edges++;
        }
    }
    Heap h;
    h.heap = malloc(N * sizeof(int));
    h.pos = malloc(N * sizeof(int));
    h.key = malloc(N * sizeof(long));
    h.size = 0;
    int prev[N];
    for (int i = 0; i < N; i++) { h.pos[i] = -1; h.key[i] = LONG_MAX; prev[i] = -1; }
    push_or_decrease(&h, 0, 0);
    int settled = 0;
    while (h.size) {
        int u = pop(&h);
        settled++;
        for (Arc *a = adj[u]; a; a = a->next) {
            if (h.pos[a->to] == -2) continue;
            long nd = h.key[u] + a->w;
            if (nd < h.key[a->to]) { prev[a->to] = u; push_or_decrease(&h, a->to, nd); }
        }
    }
    printf("edges %d settled %d\n", edges, settled);
    long total = 0;
    for (int v = 0; v < N; v++) {
        if (h.key[v] == LONG_MAX) { printf("%2d: unreachable\n", v); continue; }
        total += h.key[v];
        if (v % 6 == 0) {
            printf("%2d: dist %3ld path", v, h.key[v]);
            int path[N], n = 0;
            for (int x = v; x >= 0; x = prev[x]) path[n++] = x;
            while (n) printf(" %d", path[--n]);
            printf("\n");
        }
    }
    printf("total distance %ld\n", total);
    for (int u = 0; u < N; u++) while (adj[u]) { Arc *n = adj[u]->next; free(adj[u]); adj[u] = n; }
    free(h.heap); free(h.pos); free(h.key);
    return 0;
}
