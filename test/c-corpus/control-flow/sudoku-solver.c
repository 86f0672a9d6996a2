// Sudoku solver: constraint bitmasks + backtracking choosing the most constrained cell.
#include <stdio.h>
#include <string.h>

static int grid[81];
static unsigned rowm[9], colm[9], boxm[9];
static long nodes;

static int box(int r, int c) { return r / 3 * 3 + c / 3; }

static void place(int i, int d) { int r = i / 9, c = i % 9; grid[i] = d; unsigned b = 1u << d; rowm[r] |= b; colm[c] |= b; boxm[box(r, c)] |= b; }
static void unplace(int i) { int r = i / 9, c = i % 9; unsigned b = ~(1u << grid[i]); rowm[r] &= b; colm[c] &= b; boxm[box(r, c)] &= b; grid[i] = 0; }

static int solve(void) {
    nodes++;
    int best = -1, best_count = 10;
    unsigned best_free = 0;
    for (int i = 0; i < 81; i++) {
        if (grid[i]) continue;
        int r = i / 9, c = i % 9;
        unsigned free_ = ~(rowm[r] | colm[c] | boxm[box(r, c)]) & 0x3FE;
        int cnt = __builtin_popcount(free_);
        if (cnt < best_count) { best = i; best_count = cnt; best_free = free_; if (cnt <= 1) break; }
    }
    if (best < 0) return 1;
    for (int d = 1; d <= 9; d++) {
        if (!(best_free & (1u << d))) continue;
        place(best, d);
        if (solve()) return 1;
        unplace(best);
    }
    return 0;
}

static int load(const char *s) {
    memset(rowm, 0, sizeof rowm); memset(colm, 0, sizeof colm); memset(boxm, 0, sizeof boxm);
    for (int i = 0; i < 81; i++) {
        grid[i] = 0;
        if (s[i] >= '1' && s[i] <= '9') {
            int d = s[i] - '0', r = i / 9, c = i % 9;
            if ((rowm[r] | colm[c] | boxm[box(r, c)]) & (1u << d)) return 0;
            place(i, d);
        }
    }
    return 1;
}

static void print_grid(void) {
    for (int r = 0; r < 9; r++) {
        for (int c = 0; c < 9; c++) printf("%d%s", grid[r * 9 + c], c == 2 || c == 5 ? " | " : c == 8 ? "\n" : " ");
        if (r == 2 || r == 5) printf("------+-------+------\n");
    }
}

int main(void) {
    const char *puzzles[] = {
        "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
        "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
        "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
        "11...............................................................................",
    };
    for (int p = 0; p < 4; p++) {
        nodes = 0;
        if (!load(puzzles[p])) { printf("puzzle %d: invalid\n", p); continue; }
        int ok = solve();
        printf("puzzle %d: %s after %ld nodes\n", p, ok ? "solved" : "no solution", nodes);
        if (ok) {
            if (p == 0) print_grid();
            unsigned sig = 0;
            for (int i = 0; i < 81; i++) sig = sig * 10u + (unsigned)grid[i];
            printf("signature %u, first row", sig);
            for (int c = 0; c < 9; c++) printf(" %d", grid[c]);
            printf("\n");
        }
    }
    return 0;
}
