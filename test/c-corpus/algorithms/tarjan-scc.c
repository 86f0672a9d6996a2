// Strongly connected components with Tarjan's algorithm, condensation DAG, and Kosaraju's algorithm as a cross-check.
#include <stdio.h>
#include <string.h>

#define V 16
static int adj[V][V], n = V;
static int idx[V], low[V], onstack[V], stack_[V], sp, counter, comp[V], ncomp;

static void strongconnect(int v) {
    idx[v] = low[v] = counter++;
    stack_[sp++] = v;
    onstack[v] = 1;
    for (int w = 0; w < n; w++) {
        if (!adj[v][w]) continue;
        if (idx[w] < 0) { strongconnect(w); if (low[w] < low[v]) low[v] = low[w]; }
        else if (onstack[w] && idx[w] < low[v]) low[v] = idx[w];
    }
    if (low[v] == idx[v]) {
        int w;
        do { w = stack_[--sp]; onstack[w] = 0; comp[w] = ncomp; } while (w != v);
        ncomp++;
    }
}

static int order[V], no, seen[V], kcomp[V];
static void dfs1(int v) { seen[v] = 1; for (int w = 0; w < n; w++) if (adj[v][w] && !seen[w]) dfs1(w); order[no++] = v; }
static void dfs2(int v, int c) { kcomp[v] = c; for (int w = 0; w < n; w++) if (adj[w][v] && kcomp[w] < 0) dfs2(w, c); }

int main(void) {
    int edges[][2] = {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}, {6, 5}, {6, 7}, {7, 8}, {8, 6}, {9, 10}, {10, 11},
                      {11, 12}, {12, 9}, {12, 13}, {13, 14}, {14, 15}, {15, 13}, {1, 9}, {8, 15}};
    memset(adj, 0, sizeof adj);
    for (unsigned i = 0; i < sizeof edges / sizeof *edges; i++) adj[edges[i][0]][edges[i][1]] = 1;
    for (int v = 0; v < n; v++) idx[v] = -1;
    for (int v = 0; v < n; v++) if (idx[v] < 0) strongconnect(v);
    printf("tarjan: %d components\n", ncomp);
    for (int c = 0; c < ncomp; c++) {
        printf("  scc %d:", c);
        for (int v = 0; v < n; v++) if (comp[v] == c) printf(" %d", v);
        printf("\n");
    }
    printf("condensation edges:");
    int cadj[V][V] = {{0}};
    for (int u = 0; u < n; u++) for (int v = 0; v < n; v++) if (adj[u][v] && comp[u] != comp[v] && !cadj[comp[u]][comp[v]]) { cadj[comp[u]][comp[v]] = 1; printf(" %d->%d", comp[u], comp[v]); }
    printf("\n");
    for (int v = 0; v < n; v++) if (!seen[v]) dfs1(v);
    for (int v = 0; v < n; v++) kcomp[v] = -1;
    int kc = 0;
    for (int i = no - 1; i >= 0; i--) if (kcomp[order[i]] < 0) dfs2(order[i], kc++);
    int agree = 1;
    for (int u = 0; u < n; u++) for (int v = 0; v < n; v++) if ((comp[u] == comp[v]) != (kcomp[u] == kcomp[v])) agree = 0;
    printf("kosaraju: %d components, partitions agree: %s\n", kc, agree ? "yes" : "no");
    return !agree;
}
