// Maze generation by randomized depth-first search (explicit stack, LCG) and solving with BFS; printed as ASCII.
#include <stdio.h>
#include <string.h>

#define MW 19
#define MH 11
#define GW (2 * MW + 1)
#define GH (2 * MH + 1)

static char grid[GH][GW + 1];
static unsigned rng_state = 20240601u;
static unsigned rnd(unsigned m) { rng_state = rng_state * 1664525u + 1013904223u; return (rng_state >> 16) % m; }

static void generate(void) {
    for (int y = 0; y < GH; y++) { memset(grid[y], '#', GW); grid[y][GW] = 0; }
    static int stack[MW * MH][2];
    static char visited[MH][MW];
    memset(visited, 0, sizeof visited);
    int sp = 0;
    stack[sp][0] = 0; stack[sp][1] = 0; sp++;
    visited[0][0] = 1;
    grid[1][1] = ' ';
    static const int dx[] = {1, -1, 0, 0}, dy[] = {0, 0, 1, -1};
    while (sp) {
        int x = stack[sp - 1][0], y = stack[sp - 1][1];
        int options[4], n = 0;
        for (int k = 0; k < 4; k++) {
            int nx = x + dx[k], ny = y + dy[k];
            if (nx >= 0 && nx < MW && ny >= 0 && ny < MH && !visited[ny][nx]) options[n++] = k;
        }
        if (!n) { sp--; continue; }
        int k = options[rnd((unsigned)n)];
        int nx = x + dx[k], ny = y + dy[k];
        visited[ny][nx] = 1;
        grid[2 * y + 1 + dy[k]][2 * x + 1 + dx[k]] = ' ';
        grid[2 * ny + 1][2 * nx + 1] = ' ';
        stack[sp][0] = nx; stack[sp][1] = ny; sp++;
    }
}

static int solve(void) {
    static int prev[GH * GW], q[GH * GW];
    for (int i = 0; i < GH * GW; i++) prev[i] = -2;
    int start = 1 * GW + 1, goal = (GH - 2) * GW + (GW - 2), h = 0, t = 0;
    prev[start] = -1;
    q[t++] = start;
    while (h < t) {
        int u = q[h++];
        if (u == goal) break;
        int nb[4] = {u + 1, u - 1, u + GW, u - GW};
        for (int k = 0; k < 4; k++) if (grid[nb[k] / GW][nb[k] % GW] == ' ' && prev[nb[k]] == -2) { prev[nb[k]] = u; q[t++] = nb[k]; }
    }
    int len = 0;
    for (int c = goal; c >= 0; c = prev[c]) { grid[c / GW][c % GW] = '.'; len++; }
    return len;
}

int main(void) {
    for (int maze = 0; maze < 2; maze++) {
        generate();
        int open = 0;
        for (int y = 0; y < GH; y++) for (int x = 0; x < GW; x++) open += grid[y][x] == ' ';
        int len = solve();
        printf("maze %d: %d open cells, path length %d\n", maze, open, len);
        for (int y = 0; y < GH; y++) printf("%s\n", grid[y]);
    }
    return 0;
}
