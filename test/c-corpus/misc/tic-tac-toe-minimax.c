// Tic-tac-toe solved with minimax and alpha-beta pruning; plays perfect games and counts positions explored.
#include <stdio.h>

static char b[9];
static long nodes;

static int winner(void) {
    static const int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
    for (int i = 0; i < 8; i++) if (b[lines[i][0]] != ' ' && b[lines[i][0]] == b[lines[i][1]] && b[lines[i][1]] == b[lines[i][2]]) return b[lines[i][0]] == 'X' ? 1 : -1;
    return 0;
}

static int full(void) { for (int i = 0; i < 9; i++) if (b[i] == ' ') return 0; return 1; }

static int minimax(int player, int alpha, int beta, int depth) {
    nodes++;
    int w = winner();
    if (w) return w * (10 - depth);
    if (full()) return 0;
    int best = player == 1 ? -100 : 100;
    for (int i = 0; i < 9; i++) {
        if (b[i] != ' ') continue;
        b[i] = player == 1 ? 'X' : 'O';
        int v = minimax(-player, alpha, beta, depth + 1);
        b[i] = ' ';
        if (player == 1) { if (v > best) best = v; if (best > alpha) alpha = best; }
        else { if (v < best) best = v; if (best < beta) beta = best; }
        if (alpha >= beta) break;
    }
    return best;
}

static int best_move(int player) {
    int best = -1, bestv = player == 1 ? -100 : 100;
    for (int i = 0; i < 9; i++) {
        if (b[i] != ' ') continue;
        b[i] = player == 1 ? 'X' : 'O';
        int v = minimax(-player, -100, 100, 1);
        b[i] = ' ';
        if ((player == 1 && v > bestv) || (player == -1 && v < bestv)) { bestv = v; best = i; }
    }
    return best;
}

static void show(void) { for (int r = 0; r < 3; r++) printf(" %c|%c|%c\n", b[3 * r], b[3 * r + 1], b[3 * r + 2]); }

int main(void) {
    for (int i = 0; i < 9; i++) b[i] = ' ';
    nodes = 0;
    printf("value of empty board: %d (nodes %ld)\n", minimax(1, -100, 100, 0), nodes);
    int player = 1;
    while (!winner() && !full()) {
        int m = best_move(player);
        b[m] = player == 1 ? 'X' : 'O';
        printf("%c plays %d\n", b[m], m);
        player = -player;
    }
    show();
    printf("result: %s\n", winner() == 1 ? "X wins" : winner() == -1 ? "O wins" : "draw");
    /* O blunders: start from a position where X can force a win */
    const char *start = "X   O   X";
    for (int i = 0; i < 9; i++) b[i] = start[i];
    b[4] = ' '; b[1] = 'O';
    show();
    nodes = 0;
    int v = minimax(1, -100, 100, 0);
    printf("X to move, value %d, nodes %ld, best move %d\n", v, nodes, best_move(1));
    return 0;
}
