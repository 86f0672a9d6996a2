// 8-puzzle solved with IDA* and the Manhattan-distance heuristic; solvability check by inversion parity.
#include <stdio.h>
#include <string.h>

static int board[9], blank;
static long expanded;
static char moves[64];
static const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
static const char mv[4] = {'U', 'D', 'L', 'R'};

static int manhattan(void) {
    int h = 0;
    for (int i = 0; i < 9; i++) if (board[i]) { int t = board[i] - 1; h += (i / 3 > t / 3 ? i / 3 - t / 3 : t / 3 - i / 3) + (i % 3 > t % 3 ? i % 3 - t % 3 : t % 3 - i % 3); }
    return h;
}

static int search(int g, int bound, int last) {
    expanded++;
    int h = manhattan();
    if (g + h > bound) return g + h;
    if (h == 0) return -1;
    int min = 1 << 30;
    for (int k = 0; k < 4; k++) {
        if (last >= 0 && (k ^ 1) == last) continue; /* don't undo the previous move */
        int r = blank / 3 + dr[k], c = blank % 3 + dc[k];
        if (r < 0 || r > 2 || c < 0 || c > 2) continue;
        int nb = r * 3 + c, old = blank;
        board[old] = board[nb]; board[nb] = 0; blank = nb;
        moves[g] = mv[k];
        int t = search(g + 1, bound, k);
        if (t == -1) return -1;
        if (t < min) min = t;
        board[nb] = board[old]; board[old] = 0; blank = old;
    }
    return min;
}

static int solvable(const int *b) { int inv = 0; for (int i = 0; i < 9; i++) for (int j = i + 1; j < 9; j++) if (b[i] && b[j] && b[i] > b[j]) inv++; return inv % 2 == 0; }

int main(void) {
    const char *starts[] = {"123456780", "123456078", "413026758", "867254301", "806547231", "123456870", "012345678"};
    for (int s = 0; s < 7; s++) {
        for (int i = 0; i < 9; i++) { board[i] = starts[s][i] - '0'; if (!board[i]) blank = i; }
        printf("%s: ", starts[s]);
        if (!solvable(board)) { printf("unsolvable\n"); continue; }
        expanded = 0;
        int bound = manhattan(), depth = -1;
        for (;;) {
            int t = search(0, bound, -1);
            if (t == -1) { depth = bound; break; }
            bound = t;
        }
        printf("solved in %d moves (expanded %ld): %.*s\n", depth, expanded, depth, moves);
    }
    return 0;
}
