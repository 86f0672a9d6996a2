// Knight's tour with Warnsdorff's heuristic (deterministic tie-breaks) and a backtracking fallback on small boards.
#include <stdio.h>
#include <string.h>

static const int dr[8] = {-2, -1, 1, 2, 2, 1, -1, -2};
static const int dc[8] = {1, 2, 2, 1, -1, -2, -2, -1};
static int board[12][12];
static int N;
static long backtracks;

static int ok(int r, int c) { return r >= 0 && r < N && c >= 0 && c < N && !board[r][c]; }

static int degree(int r, int c) {
    int d = 0;
    for (int k = 0; k < 8; k++) d += ok(r + dr[k], c + dc[k]);
    return d;
}

static int warnsdorff(int r, int c) {
    memset(board, 0, sizeof board);
    board[r][c] = 1;
    for (int step = 2; step <= N * N; step++) {
        int best = -1, bestdeg = 9;
        for (int k = 0; k < 8; k++) {
            int nr = r + dr[k], nc = c + dc[k];
            if (!ok(nr, nc)) continue;
            int d = degree(nr, nc);
            if (d < bestdeg) { bestdeg = d; best = k; }
        }
        if (best < 0) return step - 1;
        r += dr[best]; c += dc[best];
        board[r][c] = step;
    }
    return N * N;
}

static int backtrack(int r, int c, int step) {
    board[r][c] = step;
    if (step == N * N) return 1;
    for (int k = 0; k < 8; k++) {
        int nr = r + dr[k], nc = c + dc[k];
        if (ok(nr, nc) && backtrack(nr, nc, step + 1)) return 1;
    }
    board[r][c] = 0;
    backtracks++;
    return 0;
}

static void show(void) {
    for (int r = 0; r < N; r++) { for (int c = 0; c < N; c++) printf("%4d", board[r][c]); printf("\n"); }
}

int main(void) {
    N = 8;
    int len = warnsdorff(0, 0);
    printf("8x8 warnsdorff from corner: %d squares\n", len);
    show();
    for (N = 5; N <= 12; N++) {
        int full = 0;
        for (int s = 0; s < N; s++) full += warnsdorff(s, s) == N * N;
        printf("N=%2d: warnsdorff completes from %d of %d diagonal starts\n", N, full, N);
    }
    N = 5;
    memset(board, 0, sizeof board);
    backtracks = 0;
    int found = backtrack(0, 0, 1);
    printf("5x5 backtracking from corner: %s after %ld backtracks\n", found ? "found" : "none", backtracks);
    if (found) show();
    N = 4;
    memset(board, 0, sizeof board);
    backtracks = 0;
    int found4 = backtrack(0, 0, 1);
    printf("4x4: %s (%ld backtracks)\n", found4 ? "found" : "impossible", backtracks);
    return 0;
}
