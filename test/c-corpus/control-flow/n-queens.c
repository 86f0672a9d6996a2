// N-queens: count solutions with bitmask backtracking, print the first board, compare to array version.
#include <stdio.h>

static long solve_bits(int n, unsigned cols, unsigned d1, unsigned d2, int row) {
    if (row == n) return 1;
    long count = 0;
    unsigned avail = ~(cols | d1 | d2) & ((1u << n) - 1);
    while (avail) {
        unsigned bit = avail & -avail;
        avail ^= bit;
        count += solve_bits(n, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1, row + 1);
    }
    return count;
}

static int pos[16];
static int safe(int row, int col) {
    for (int r = 0; r < row; r++) {
        int c = pos[r];
        if (c == col || c - col == r - row || c - col == row - r) return 0;
    }
    return 1;
}

static long solve_array(int n, int row, int print_first, int *printed) {
    if (row == n) {
        if (print_first && !*printed) {
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) printf("%c ", pos[r] == c ? 'Q' : '.');
                printf("\n");
            }
            *printed = 1;
        }
        return 1;
    }
    long count = 0;
    for (int c = 0; c < n; c++)
        if (safe(row, c)) { pos[row] = c; count += solve_array(n, row + 1, print_first, printed); }
    return count;
}

int main(void) {
    int printed = 0;
    long first = solve_array(8, 0, 1, &printed);
    printf("8 queens: %ld solutions\n", first);
    for (int n = 1; n <= 11; n++) {
        int p = 0;
        long a = solve_bits(n, 0, 0, 0, 0), b = n <= 9 ? solve_array(n, 0, 0, &p) : a;
        printf("n=%2d solutions=%6ld %s\n", n, a, a == b ? "" : "MISMATCH");
    }
    return 0;
}
