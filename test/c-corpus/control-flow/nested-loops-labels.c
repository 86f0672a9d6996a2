// Nested loops with break/continue, goto out of deep nesting, and loops with complex conditions.
#include <stdio.h>

int main(void) {
    /* find the first Pythagorean triple with a+b+c == 1000 by escaping three loops with goto */
    int a, b, c = 0;
    for (a = 1; a < 1000; a++)
        for (b = a + 1; b < 1000; b++) {
            c = 1000 - a - b;
            if (c <= b) break;
            if (a * a + b * b == c * c) goto found;
        }
    printf("no triple\n");
    return 1;
found:
    printf("triple %d %d %d product %d\n", a, b, c, a * b * c);

    /* continue in nested loops: print primes via trial division with an early continue */
    int printed = 0;
    for (int n = 2; printed < 25; n++) {
        for (int d = 2; d * d <= n; d++)
            if (n % d == 0) goto next_n;
        printf("%d ", n);
        printed++;
    next_n:;
    }
    printf("\n");

    /* while with a compound condition, do-while, and comma operator */
    int i = 0, j = 100, steps = 0;
    while (i < j && (i * j) % 7 != 3 && steps < 1000) { i += 3, j -= 2; steps++; }
    printf("while stopped at i=%d j=%d steps=%d\n", i, j, steps);
    int k = 0;
    do { k += k % 3 == 0 ? 5 : 1; } while (k < 50 && k != 37);
    printf("do-while k=%d\n", k);

    /* search in a 2D grid for a pattern, with break out of inner and flag for outer */
    static const char grid[6][9] = {"abcdefgh", "ijklmnop", "qrstuvwx", "yzabcdef", "ghijklmn", "opqrstuv"};
    int fr = -1, fc = -1;
    for (int r = 0; r < 6 && fr < 0; r++)
        for (int col = 0; col + 2 < 8; col++) {
            if (grid[r][col] == 'c' && grid[r][col + 1] == 'd' && grid[r][col + 2] == 'e') {
                if (r == 0) continue; /* skip the first row on purpose */
                fr = r; fc = col;
                break;
            }
        }
    printf("found cde at row %d col %d\n", fr, fc);

    /* loop that counts using both break and continue with a running checksum */
    unsigned sum = 0;
    for (unsigned n = 0;; n++) {
        if (n % 4 == 1) continue;
        if (n > 200) break;
        if (n % 9 == 0) { sum += n * 2; continue; }
        sum = sum * 3 + n;
    }
    printf("checksum %u\n", sum);
    /* infinite for with multiple exits */
    int x = 27, it = 0;
    for (;;) {
        if (x == 1) break;
        x = x % 2 ? 3 * x + 1 : x / 2;
        if (++it > 500) { printf("too long\n"); break; }
    }
    printf("collatz(27) iterations %d\n", it);
    return 0;
}
