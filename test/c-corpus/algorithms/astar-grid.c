// A* path finding on a generated grid with a binary heap, Manhattan heuristic, and path rendering; compared with BFS.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define W 40
#define H 20

static char grid[H][W + 1];
typedef struct { int f, g, idx; } HeapItem;
static HeapItem heap[W * H * 4];
static int hn;

static void push(HeapItem it) {
    int i = hn++;
    while (i > 0) {
        int p = (i - 1) / 2;
        if (heap[p].f < it.f || (heap[p].f == it.f && heap[p].g >= it.g)) break;
        heap[i] = heap[p];
        i = p;
    }
    heap[i] = it;
}

static HeapItem pop(void) {
    HeapItem top = heap[0], last = heap[--hn];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= hn) break;
        if (c + 1 < hn && (heap[c + 1].f < heap[c].f || (heap[c + 1].f == heap[c].f && heap[c + 1].g > heap[c].g))) c++;
        if (last.f < heap[c].f || (last.f == heap[c].f && last.g >= heap[c].g)) break;
        heap[i] = heap[c];
        i = c;
    }
    heap[i] = last;
    return top;
}

static int manhattan(int a, int b) { return abs(a % W - b % W) + abs(a / W - b / W); }

static const int dx[] = {1, -1, 0, 0}, dy[] = {0, 0, 1, -1};

static int astar(int start, int goal, int *came, int *expanded) {
    static int g[W * H];
    static char closed[W * H];
    for (int i = 0; i < W * H; i++) { g[i] = 1 << 29; came[i] = -1; }
    memset(closed, 0, sizeof closed);
    hn = 0;
    g[start] = 0;
    push((HeapItem){manhattan(start, goal), 0, start});
    *expanded = 0;
    while (hn) {
        HeapItem cur = pop();
        if (closed[cur.idx]) continue;
        closed[cur.idx] = 1;
        ++*expanded;
        if (cur.idx == goal) return cur.g;
        int x = cur.idx % W, y = cur.idx / W;
        for (int k = 0; k < 4; k++) {
            int nx = x + dx[k], ny = y + dy[k];
            if (nx < 0 || nx >= W || ny < 0 || ny >= H || grid[ny][nx] == '#') continue;
            int ni = ny * W + nx, ng = cur.g + 1;
            if (ng < g[ni]) { g[ni] = ng; came[ni] = cur.idx; push((HeapItem){ng + manhattan(ni, goal), ng, ni}); }
        }
    }
    return -1;
}

static int bfs(int start, int goal) {
    static int dist[W * H], q[W * H];
    for (int i = 0; i < W * H; i++) dist[i] = -1;
    int h = 0, t = 0;
    dist[start] = 0;
    q[t++] = start;
    while (h < t) {
        int u = q[h++], x = u % W, y = u / W;
        for (int k = 0; k < 4; k++) {
            int nx = x + dx[k], ny = y + dy[k];
            if (nx < 0 || nx >= W || ny < 0 || ny >= H || grid[ny][nx] == '#') continue;
            int ni = ny * W + nx;
            if (dist[ni] < 0) { dist[ni] = dist[u] + 1; q[t++] = ni; }
        }
    }
    return dist[goal];
}

int main(void) {
    unsigned s = 2718;
    for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) { s = s * 1103515245u + 12345u; grid[y][x] = (s >> 16) % 100 < 28 ? '#' : '.'; }
        grid[y][W] = 0;
    }
    for (int x = 5; x < 35; x++) grid[10][x] = '#'; /* a long wall */
    grid[0][0] = grid[H - 1][W - 1] = '.';
    int came[W * H], expanded;
    int start = 0, goal = (H - 1) * W + W - 1;
    int len = astar(start, goal, came, &expanded);
    printf("A* length %d, expanded %d, BFS length %d\n", len, expanded, bfs(start, goal));
    if (len >= 0) for (int c = came[goal]; c > 0; c = came[c]) grid[c / W][c % W] = '*';
    grid[0][0] = 'S'; grid[H - 1][W - 1] = 'G';
    for (int y = 0; y < H; y++) printf("%s\n", grid[y]);
    /* several more queries on the same map */
    int pairs[][2] = {{W + 1, 3 * W - 2}, {5 * W + 20, 15 * W + 20}, {19 * W, W - 1}, {2 * W + 2, 2 * W + 2}};
    for (int i = 0; i < 4; i++) {
        for (int k = 0; k < 2; k++) if (grid[pairs[i][k] / W][pairs[i][k] % W] == '#') grid[pairs[i][k] / W][pairs[i][k] % W] = '.';
        int l = astar(pairs[i][0], pairs[i][1], came, &expanded);
        printf("query %d: A* %d (expanded %d) BFS %d\n", i, l, expanded, bfs(pairs[i][0], pairs[i][1]));
    }
    return 0;
}
