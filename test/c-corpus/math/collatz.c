// Collatz sequences with 64-bit values, memoised stopping times, and record holders.
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

enum { LIMIT = 300000 };
static uint16_t *memo;

static int steps(uint64_t n) {
    int s = 0;
    uint64_t x = n;
    while (x != 1) {
        if (x < LIMIT && memo[x]) { s += memo[x]; break; }
        x = x & 1 ? 3 * x + 1 : x >> 1;
        s++;
    }
    if (n < LIMIT) memo[n] = (uint16_t)s;
    return s;
}

int main(void) {
    memo = calloc(LIMIT, sizeof *memo);
    printf("27:");
    uint64_t x = 27, peak = 27;
    int k = 0;
    while (x != 1) {
        if (k < 20) printf(" %llu", (unsigned long long)x);
        x = x & 1 ? 3 * x + 1 : x / 2;
        if (x > peak) peak = x;
        k++;
    }
    printf(" ... (%d steps, peak %llu)\n", k, (unsigned long long)peak);
    int best = 0;
    uint64_t arg = 1;
    printf("records:");
    for (uint64_t n = 1; n < LIMIT; n++) {
        int s = steps(n);
        if (s > best) { best = s; arg = n; if (n > 1000) printf(" %llu:%d", (unsigned long long)n, s); }
    }
    printf("\nlongest below %d: %llu with %d steps\n", LIMIT, (unsigned long long)arg, best);
    int hist[10] = {0};
    for (int n = 1; n < LIMIT; n++) { int s = memo[n] / 50; hist[s < 9 ? s : 9]++; }
    for (int i = 0; i < 10; i++) printf("steps %3d-%3d: %d\n", i * 50, i * 50 + 49, hist[i]);
    uint64_t big = 9780657630ULL;
    printf("steps(%llu) = %d\n", (unsigned long long)big, steps(big));
    free(memo);
    return 0;
}
