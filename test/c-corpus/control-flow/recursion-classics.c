// Classic recursion: Ackermann, Towers of Hanoi, McCarthy 91, Tak, integer partitions, binary strings.
#include <stdio.h>

static unsigned long calls;

static unsigned ackermann(unsigned m, unsigned n) {
    calls++;
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static int moves;
static void hanoi(int n, char from, char to, char via, int print) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to, print);
    moves++;
    if (print) printf("  disk %d: %c -> %c\n", n, from, to);
    hanoi(n - 1, via, to, from, print);
}

static int mc91(int n) { return n > 100 ? n - 10 : mc91(mc91(n + 11)); }

static int tak(int x, int y, int z) { return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z; }

static long partitions(int n, int maxpart) {
    if (n == 0) return 1;
    if (n < 0 || maxpart == 0) return 0;
    return partitions(n - maxpart, maxpart) + partitions(n, maxpart - 1);
}

static void no_adjacent_ones(char *buf, int pos, int n, int *count) {
    if (pos == n) { buf[n] = 0; if (*count < 8) printf(" %s", buf); ++*count; return; }
    buf[pos] = '0';
    no_adjacent_ones(buf, pos + 1, n, count);
    if (pos == 0 || buf[pos - 1] == '0') { buf[pos] = '1'; no_adjacent_ones(buf, pos + 1, n, count); }
}

int main(void) {
    for (unsigned m = 0; m <= 3; m++) {
        printf("A(%u, n):", m);
        for (unsigned n = 0; n <= 5; n++) { calls = 0; printf(" %u", ackermann(m, n)); }
        printf("\n");
    }
    calls = 0;
    unsigned a23 = ackermann(2, 3);
    printf("A(2,3)=%u in %lu calls\n", a23, calls);
    hanoi(3, 'A', 'C', 'B', 1);
    for (int n = 4; n <= 16; n += 4) { moves = 0; hanoi(n, 'A', 'C', 'B', 0); printf("hanoi(%d) = %d moves\n", n, moves); }
    printf("mc91:");
    for (int n = 80; n <= 110; n += 5) printf(" %d->%d", n, mc91(n));
    printf("\ntak(18,12,6) = %d, tak(12,8,4) = %d\n", tak(18, 12, 6), tak(12, 8, 4));
    printf("partitions:");
    for (int n = 1; n <= 40; n += 3) printf(" p(%d)=%ld", n, partitions(n, n));
    printf("\n");
    char buf[32];
    int count = 0;
    printf("no-adjacent-ones of length 6:");
    no_adjacent_ones(buf, 0, 6, &count);
    printf(" ... total %d\n", count);
    count = 0;
    no_adjacent_ones(buf, 0, 20, &count);
    printf("\nlength 20: %d (Fibonacci)\n", count);
    return 0;
}
