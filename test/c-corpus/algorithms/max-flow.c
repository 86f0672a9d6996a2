// Maximum flow with Edmonds-Karp (BFS augmenting paths) on an adjacency matrix; min cut listing and bipartite matching.
#include <stdio.h>
#include <string.h>

#define MAXV 32
static int cap[MAXV][MAXV], flow[MAXV][MAXV];

static int edmonds_karp(int n, int s, int t, int *augmentations) {
    memset(flow, 0, sizeof flow);
    int total = 0;
    *augmentations = 0;
    for (;;) {
        int prev[MAXV], q[MAXV], h = 0, tl = 0;
        for (int i = 0; i < n; i++) prev[i] = -1;
        prev[s] = s;
        q[tl++] = s;
        while (h < tl && prev[t] < 0) {
            int u = q[h++];
            for (int v = 0; v < n; v++) if (prev[v] < 0 && cap[u][v] - flow[u][v] > 0) { prev[v] = u; q[tl++] = v; }
        }
        if (prev[t] < 0) break;
        int bottleneck = 1 << 30;
        for (int v = t; v != s; v = prev[v]) { int r = cap[prev[v]][v] - flow[prev[v]][v]; if (r < bottleneck) bottleneck = r; }
        for (int v = t; v != s; v = prev[v]) { flow[prev[v]][v] += bottleneck; flow[v][prev[v]] -= bottleneck; }
        total += bottleneck;
        ++*augmentations;
    }
    return total;
}

int main(void) {
    /* classic CLRS network: s=0, t=5 */
    int edges[][3] = {{0, 1, 16}, {0, 2, 13}, {1, 2, 10}, {2, 1, 4}, {1, 3, 12}, {3, 2, 9}, {2, 4, 14}, {4, 3, 7}, {3, 5, 20}, {4, 5, 4}};
    memset(cap, 0, sizeof cap);
    for (int i = 0; i < 10; i++) cap[edges[i][0]][edges[i][1]] = edges[i][2];
    int aug;
    int f = edmonds_karp(6, 0, 5, &aug);
    printf("max flow %d after %d augmentations\n", f, aug);
    for (int i = 0; i < 10; i++) printf("  %d->%d: %d/%d\n", edges[i][0], edges[i][1], flow[edges[i][0]][edges[i][1]] > 0 ? flow[edges[i][0]][edges[i][1]] : 0, edges[i][2]);
    /* min cut: vertices reachable in the residual graph */
    int seen[MAXV] = {0}, stack[MAXV], sp = 0;
    seen[0] = 1; stack[sp++] = 0;
    while (sp) { int u = stack[--sp]; for (int v = 0; v < 6; v++) if (!seen[v] && cap[u][v] - flow[u][v] > 0) { seen[v] = 1; stack[sp++] = v; } }
    int cut = 0;
    printf("min cut edges:");
    for (int u = 0; u < 6; u++) for (int v = 0; v < 6; v++) if (seen[u] && !seen[v] && cap[u][v]) { printf(" %d->%d", u, v); cut += cap[u][v]; }
    printf(" (capacity %d)\n", cut);
    /* bipartite matching: 8 workers, 8 jobs, source 0, workers 1..8, jobs 9..16, sink 17 */
    memset(cap, 0, sizeof cap);
    for (int w = 1; w <= 8; w++) cap[0][w] = 1;
    for (int j = 9; j <= 16; j++) cap[j][17] = 1;
    unsigned s = 3;
    for (int w = 1; w <= 8; w++)
        for (int k = 0; k < 3; k++) { s = s * 1103515245u + 12345u; cap[w][9 + (int)((s >> 16) % 8)] = 1; }
    int m = edmonds_karp(18, 0, 17, &aug);
    printf("matching size %d (%d augmentations):", m, aug);
    for (int w = 1; w <= 8; w++) for (int j = 9; j <= 16; j++) if (flow[w][j] > 0) printf(" w%d-j%d", w, j - 9);
    printf("\n");
    return 0;
}
