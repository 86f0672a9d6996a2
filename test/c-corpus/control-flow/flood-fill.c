// Recursive and queue-based flood fill on a character grid; counts regions and their sizes.
#include <stdio.h>
#include <string.h>

#define H 14
#define W 32

static char grid[H][W + 1];

static int fill_rec(int r, int c, char from, char to) {
    if (r < 0 || r >= H || c < 0 || c >= W || grid[r][c] != from) return 0;
    grid[r][c] = to;
    return 1 + fill_rec(r + 1, c, from, to) + fill_rec(r - 1, c, from, to) + fill_rec(r, c + 1, from, to) + fill_rec(r, c - 1, from, to);
}

static int fill_queue(int r, int c, char from, char to) {
    static int qr[H * W], qc[H * W];
    int head = 0, tail = 0, n = 0;
    if (grid[r][c] != from) return 0;
    grid[r][c] = to;
    qr[tail] = r; qc[tail++] = c;
    while (head < tail) {
        int y = qr[head], x = qc[head++];
        n++;
        static const int dy[] = {1, -1, 0, 0, 1, 1, -1, -1}, dx[] = {0, 0, 1, -1, 1, -1, 1, -1};
        for (int k = 0; k < 8; k++) { /* 8-connected */
            int ny = y + dy[k], nx = x + dx[k];
            if (ny >= 0 && ny < H && nx >= 0 && nx < W && grid[ny][nx] == from) { grid[ny][nx] = to; qr[tail] = ny; qc[tail++] = nx; }
        }
    }
    return n;
}

static void generate(unsigned seed) {
    for (int r = 0; r < H; r++) {
        for (int c = 0; c < W; c++) { seed = seed * 1103515245u + 12345u; grid[r][c] = ((seed >> 16) % 100) < 42 ? '#' : '.'; }
        grid[r][W] = 0;
    }
}

int main(void) {
    generate(7);
    for (int r = 0; r < H; r++) printf("%s\n", grid[r]);
    int regions = 0, largest = 0, sizes = 0;
    char label = 'a';
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++)
            if (grid[r][c] == '.') {
                int n = fill_rec(r, c, '.', label);
                regions++;
                sizes += n;
                if (n > largest) largest = n;
                label = label == 'z' ? 'a' : (char)(label + 1);
            }
    printf("4-connected open regions: %d, largest %d, total %d\n", regions, largest, sizes);
    for (int r = 0; r < H; r++) printf("%s\n", grid[r]);
    generate(7);
    int walls = 0, wall_regions = 0;
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++)
            if (grid[r][c] == '#') { int n = fill_queue(r, c, '#', '0' + (char)(wall_regions % 10)); walls += n; wall_regions++; }
    printf("8-connected wall regions: %d covering %d cells\n", wall_regions, walls);
    for (int r = 0; r < H; r++) printf("%s\n", grid[r]);
    return 0;
}
