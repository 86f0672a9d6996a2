// Conway's Game of Life on a torus: glider, blinker, R-pentomino, with population history and cycle detection by hashing.
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define R 16
#define C 32

static unsigned char g[R][C], n[R][C];

static void step(void) {
    for (int y = 0; y < R; y++)
        for (int x = 0; x < C; x++) {
            int k = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++)
                    if (dy || dx) k += g[(y + dy + R) % R][(x + dx + C) % C];
            n[y][x] = (unsigned char)(k == 3 || (k == 2 && g[y][x]));
        }
    memcpy(g, n, sizeof g);
}

static int population(void) { int p = 0; for (int y = 0; y < R; y++) for (int x = 0; x < C; x++) p += g[y][x]; return p; }
static uint64_t hash(void) { uint64_t h = 1469598103934665603ULL; for (int y = 0; y < R; y++) for (int x = 0; x < C; x++) h = (h ^ g[y][x]) * 1099511628211ULL; return h; }

static void place(const char *pattern[], int rows, int y0, int x0) {
    for (int y = 0; y < rows; y++) for (int x = 0; pattern[y][x]; x++) if (pattern[y][x] == 'O') g[y0 + y][x0 + x] = 1;
}

static void show(void) { for (int y = 0; y < R; y++) { for (int x = 0; x < C; x++) putchar(g[y][x] ? 'O' : '.'); putchar('\n'); } }

int main(void) {
    const char *glider[] = {".O.", "..O", "OOO"};
    const char *blinker[] = {"OOO"};
    const char *rpent[] = {".OO", "OO.", ".O."};
    place(glider, 3, 1, 1);
    place(blinker, 1, 4, 24);
    place(rpent, 3, 9, 18);
    show();
    static uint64_t seen[300];
    int period = -1, start = -1;
    for (int gen = 0; gen < 300; gen++) {
        seen[gen] = hash();
        for (int k = 0; k < gen; k++) if (seen[k] == seen[gen]) { start = k; period = gen - k; break; }
        if (period > 0) break;
        if (gen % 50 == 0) printf("gen %3d population %d\n", gen, population());
        step();
    }
    if (period > 0) printf("cycle: generation %d repeats after %d generations\n", start, period);
    else printf("no cycle within 300 generations, population %d\n", population());
    show();
    /* a lone glider moves one cell diagonally every 4 generations: it returns after 4 * lcm(R, C) */
    memset(g, 0, sizeof g);
    place(glider, 3, 0, 0);
    uint64_t h0 = hash();
    int t = 0;
    do { step(); t++; } while (hash() != h0 && t < 1000);
    printf("glider period on %dx%d torus: %d\n", R, C, t);
    return 0;
}
