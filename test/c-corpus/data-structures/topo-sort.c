// Topological sort (Kahn and DFS) of a build-dependency graph given as names.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXN 32

static const char *names[MAXN];
static int nnames;
static int adj[MAXN][MAXN];

static int id(const char *s) {
    for (int i = 0; i < nnames; i++) if (strcmp(names[i], s) == 0) return i;
    names[nnames] = s;
    return nnames++;
}

static void dep(const char *target, const char *prereq) { adj[id(prereq)][id(target)] = 1; }

static int kahn(int *order) {
    int indeg[MAXN] = {0}, q[MAXN], h = 0, t = 0, n = 0;
    for (int i = 0; i < nnames; i++) for (int j = 0; j < nnames; j++) indeg[j] += adj[i][j];
    for (int i = 0; i < nnames; i++) if (!indeg[i]) q[t++] = i;
    while (h < t) {
        /* pick the lexicographically smallest ready node for a canonical order */
        int best = h;
        for (int k = h + 1; k < t; k++) if (strcmp(names[q[k]], names[q[best]]) < 0) best = k;
        int tmp = q[h]; q[h] = q[best]; q[best] = tmp;
        int u = q[h++];
        order[n++] = u;
        for (int v = 0; v < nnames; v++) if (adj[u][v] && --indeg[v] == 0) q[t++] = v;
    }
    return n;
}

static int state[MAXN], post[MAXN], npost, cycle;
static void dfs(int u) {
    state[u] = 1;
    for (int v = 0; v < nnames; v++) {
        if (!adj[u][v]) continue;
        if (state[v] == 1) cycle = 1;
        else if (state[v] == 0) dfs(v);
    }
    state[u] = 2;
    post[npost++] = u;
}

static void report(const char *title) {
    int order[MAXN];
    int n = kahn(order);
    printf("%s: %d of %d nodes ordered%s\n ", title, n, nnames, n < nnames ? " (cycle!)" : "");
    for (int i = 0; i < n; i++) printf(" %s", names[order[i]]);
    printf("\n");
    memset(state, 0, sizeof state);
    npost = cycle = 0;
    for (int i = 0; i < nnames; i++) if (!state[i]) dfs(i);
    printf("  dfs reverse postorder:");
    for (int i = npost - 1; i >= 0; i--) printf(" %s", names[post[i]]);
    printf("\n  cycle detected by dfs: %s\n", cycle ? "yes" : "no");
}

int main(void) {
    dep("app", "libui"); dep("app", "libnet"); dep("app", "config");
    dep("libui", "libgfx"); dep("libui", "libcore");
    dep("libnet", "libcore"); dep("libnet", "libssl");
    dep("libssl", "libcrypto"); dep("libcrypto", "libcore");
    dep("libgfx", "libmath"); dep("libmath", "libcore");
    dep("tests", "app"); dep("tests", "mock"); dep("docs", "config");
    report("acyclic");
    dep("libcore", "tests");
    report("with cycle");
    return 0;
}
