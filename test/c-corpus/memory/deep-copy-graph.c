// Deep-copying a pointer graph with sharing and cycles using an old->new mapping table, then verifying isomorphism.
#include <stdio.h>
#include <stdlib.h>

typedef struct GNode { int id; int nedges; struct GNode *edges[4]; struct GNode *random; } GNode;

typedef struct { GNode *from, *to; } Pair;
typedef struct { Pair *p; int n, cap; } Map;

static GNode *map_get(Map *m, GNode *k) { for (int i = 0; i < m->n; i++) if (m->p[i].from == k) return m->p[i].to; return NULL; }
static void map_put(Map *m, GNode *k, GNode *v) {
    if (m->n == m->cap) { m->cap = m->cap ? m->cap * 2 : 8; m->p = realloc(m->p, sizeof(Pair) * (size_t)m->cap); }
    m->p[m->n].from = k; m->p[m->n].to = v; m->n++;
}

static GNode *clone(GNode *n, Map *m) {
    if (!n) return NULL;
    GNode *c = map_get(m, n);
    if (c) return c;
    c = malloc(sizeof *c);
    c->id = n->id + 1000;
    c->nedges = n->nedges;
    map_put(m, n, c); /* register before recursing so cycles terminate */
    for (int i = 0; i < n->nedges; i++) c->edges[i] = clone(n->edges[i], m);
    c->random = clone(n->random, m);
    return c;
}

static int collect(GNode *n, GNode **seen, int count) {
    if (!n) return count;
    for (int i = 0; i < count; i++) if (seen[i] == n) return count;
    seen[count++] = n;
    for (int i = 0; i < n->nedges; i++) count = collect(n->edges[i], seen, count);
    return collect(n->random, seen, count);
}

static int index_of(GNode **arr, int n, GNode *x) { for (int i = 0; i < n; i++) if (arr[i] == x) return i; return -1; }

int main(void) {
    enum { N = 12 };
    GNode *nodes[N];
    for (int i = 0; i < N; i++) { nodes[i] = calloc(1, sizeof(GNode)); nodes[i]->id = i; }
    for (int i = 0; i < N; i++) {
        GNode *n = nodes[i];
        n->nedges = 1 + i % 3;
        for (int k = 0; k < n->nedges; k++) n->edges[k] = nodes[(i * (k + 2) + 1) % N];
        n->random = i % 4 == 0 ? NULL : nodes[(i * 5) % N];
    }
    Map m = {NULL, 0, 0};
    GNode *copy = clone(nodes[0], &m);
    GNode *orig_seen[N], *copy_seen[N];
    int no = collect(nodes[0], orig_seen, 0), nc = collect(copy, copy_seen, 0);
    printf("reachable: original %d, copy %d, mapped %d\n", no, nc, m.n);
    int mismatches = 0;
    for (int i = 0; i < no; i++) {
        GNode *o = orig_seen[i], *c = copy_seen[i];
        if (c->id != o->id + 1000 || c->nedges != o->nedges) mismatches++;
        for (int k = 0; k < o->nedges; k++) if (index_of(orig_seen, no, o->edges[k]) != index_of(copy_seen, nc, c->edges[k])) mismatches++;
        if (index_of(orig_seen, no, o->random) != index_of(copy_seen, nc, c->random)) mismatches++;
        int shared = 0;
        for (int j = 0; j < no; j++) if (orig_seen[j] == (GNode *)c) shared = 1;
        mismatches += shared;
        printf("node %2d -> copy %4d edges:", o->id, c->id);
        for (int k = 0; k < c->nedges; k++) printf(" %d", c->edges[k]->id);
        printf(" random %d\n", c->random ? c->random->id : -1);
    }
    printf("mismatches %d\n", mismatches);
    for (int i = 0; i < m.n; i++) free(m.p[i].to);
    free(m.p);
    for (int i = 0; i < N; i++) free(nodes[i]);
    return mismatches;
}
