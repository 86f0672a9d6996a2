// Adjacency-list graph: BFS distances, iterative and recursive DFS, connected components, cycle check.
#include <stdio.h>
#include <stdlib.h>

typedef struct Edge { int to; struct Edge *next; } Edge;
typedef struct { int n; Edge **adj; } Graph;

static Graph *graph_new(int n) {
    Graph *g = malloc(sizeof *g);
    g->n = n;
    g->adj = calloc((size_t)n, sizeof *g->adj);
    return g;
}

static void add_edge(Graph *g, int a, int b) {
    Edge *e = malloc(sizeof *e);
    e->to = b; e->next = g->adj[a]; g->adj[a] = e;
    e = malloc(sizeof *e);
    e->to = a; e->next = g->adj[b]; g->adj[b] = e;
}

static void bfs(Graph *g, int src, int *dist) {
    int *queue = malloc(sizeof(int) * (size_t)g->n);
    int head = 0, tail = 0;
    for (int i = 0; i < g->n; i++) dist[i] = -1;
    dist[src] = 0;
    queue[tail++] = src;
    while (head < tail) {
        int u = queue[head++];
        for (Edge *e = g->adj[u]; e; e = e->next)
            if (dist[e->to] < 0) { dist[e->to] = dist[u] + 1; queue[tail++] = e->to; }
    }
    free(queue);
}

static int order_len;
static void dfs(Graph *g, int u, int *seen, int *order) {
    seen[u] = 1;
    order[order_len++] = u;
    for (Edge *e = g->adj[u]; e; e = e->next)
        if (!seen[e->to]) dfs(g, e->to, seen, order);
}

static int has_cycle(Graph *g, int u, int parent, int *seen) {
    seen[u] = 1;
    for (Edge *e = g->adj[u]; e; e = e->next) {
        if (e->to == parent) continue;
        if (seen[e->to] || has_cycle(g, e->to, u, seen)) return 1;
    }
    return 0;
}

static void graph_free(Graph *g) {
    for (int i = 0; i < g->n; i++) {
        Edge *e = g->adj[i];
        while (e) { Edge *n = e->next; free(e); e = n; }
    }
    free(g->adj);
    free(g);
}

int main(void) {
    enum { N = 30 };
    Graph *g = graph_new(N);
    /* a few components: a grid-ish block, a tree, isolated vertices */
    for (int i = 0; i < 16; i++) {
        if (i % 4 != 3) add_edge(g, i, i + 1);
        if (i < 12) add_edge(g, i, i + 4);
    }
    for (int i = 17; i < 25; i++) add_edge(g, (i - 17) / 2 + 16, i);
    add_edge(g, 26, 27);
    int dist[N], seen[N] = {0}, order[N];
    bfs(g, 0, dist);
    printf("bfs from 0:");
    for (int i = 0; i < N; i++) printf(" %d", dist[i]);
    printf("\n");
    int comps = 0;
    for (int i = 0; i < N; i++) {
        if (seen[i]) continue;
        order_len = 0;
        dfs(g, i, seen, order);
        int cyc_seen[N] = {0};
        int cyc = has_cycle(g, i, -1, cyc_seen);
        printf("component %d (size %2d, %s):", ++comps, order_len, cyc ? "cyclic" : "acyclic");
        for (int k = 0; k < order_len; k++) printf(" %d", order[k]);
        printf("\n");
    }
    /* iterative DFS with an explicit stack */
    int stack[4 * N * 4], sp = 0, vis[N] = {0}, cnt = 0;
    stack[sp++] = 16;
    printf("iterative dfs from 16:");
    while (sp) {
        int u = stack[--sp];
        if (vis[u]) continue;
        vis[u] = 1; cnt++;
        printf(" %d", u);
        for (Edge *e = g->adj[u]; e; e = e->next) if (!vis[e->to]) stack[sp++] = e->to;
    }
    printf("\nvisited %d, components %d\n", cnt, comps);
    graph_free(g);
    return 0;
}
