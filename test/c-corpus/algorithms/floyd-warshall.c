// All-pairs shortest paths (Floyd-Warshall) with negative edges, path reconstruction, negative-cycle detection, and transitive closure.
#include <stdio.h>
#include <string.h>

#define N 8
#define INF 1000000000

static int dist[N][N], nxt[N][N];

static void run(int w[N][N]) {
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { dist[i][j] = i == j ? 0 : w[i][j]; nxt[i][j] = w[i][j] < INF ? j : -1; }
    for (int k = 0; k < N; k++)
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++)
                if (dist[i][k] < INF && dist[k][j] < INF && dist[i][k] + dist[k][j] < dist[i][j]) { dist[i][j] = dist[i][k] + dist[k][j]; nxt[i][j] = nxt[i][k]; }
}

static void path(int i, int j) {
    if (nxt[i][j] < 0) { printf("none"); return; }
    printf("%d", i);
    while (i != j) { i = nxt[i][j]; printf("->%d", i); }
}

int main(void) {
    int w[N][N];
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) w[i][j] = INF;
    int edges[][3] = {{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 5}, {2, 3, 8}, {3, 4, 3}, {4, 5, -2}, {5, 6, 2}, {6, 4, 1}, {2, 6, 10}, {6, 7, 1}, {7, 0, 3}};
    for (unsigned e = 0; e < sizeof edges / sizeof *edges; e++) w[edges[e][0]][edges[e][1]] = edges[e][2];
    run(w);
    printf("     ");
    for (int j = 0; j < N; j++) printf("%5d", j);
    printf("\n");
    for (int i = 0; i < N; i++) {
        printf("%3d: ", i);
        for (int j = 0; j < N; j++) if (dist[i][j] >= INF) printf("%5s", "inf"); else printf("%5d", dist[i][j]);
        printf("\n");
    }
    int pairs[][2] = {{0, 7}, {3, 2}, {6, 1}, {5, 5}};
    for (int p = 0; p < 4; p++) { printf("path %d to %d (cost %d): ", pairs[p][0], pairs[p][1], dist[pairs[p][0]][pairs[p][1]]); path(pairs[p][0], pairs[p][1]); printf("\n"); }
    /* introduce a negative cycle 4->5->6->4 */
    w[6][4] = -1;
    run(w);
    printf("negative cycle on vertices:");
    for (int i = 0; i < N; i++) if (dist[i][i] < 0) printf(" %d", i);
    printf("\n");
    /* transitive closure with booleans */
    int reach[N][N];
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) reach[i][j] = i == j || w[i][j] < INF;
    w[7][0] = INF;
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) reach[i][j] = i == j || w[i][j] < INF;
    for (int k = 0; k < N; k++) for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) reach[i][j] |= reach[i][k] && reach[k][j];
    for (int i = 0; i < N; i++) { printf("reach %d: ", i); for (int j = 0; j < N; j++) putchar(reach[i][j] ? '1' : '0'); printf("\n"); }
    return 0;
}
