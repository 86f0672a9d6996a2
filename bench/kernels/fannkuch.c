/* fannkuch-redux of the Computer Language Benchmarks Game: permutations
 * generated in place and prefix reversals on small arrays. */
#include "bench.h"

#define N 9

static int fannkuch(int n, int *checksum_out) {
    int perm[16], perm1[16], count[16];
    int max_flips = 0, checksum = 0, perm_count = 0, r = n;
    for (int i = 0; i < n; i++)
        perm1[i] = i;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        for (int i = 0; i < n; i++)
            perm[i] = perm1[i];
        int flips = 0, k;
        while ((k = perm[0]) != 0) {
            for (int i = 0, j = k; i < j; i++, j--) {
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            flips++;
        }
        if (flips > max_flips)
            max_flips = flips;
        checksum += (perm_count % 2 == 0) ? flips : -flips;
        /* Next permutation. */
        for (;;) {
            if (r == n) {
                *checksum_out = checksum;
                return max_flips;
            }
            int p0 = perm1[0];
            for (int i = 0; i < r; i++)
                perm1[i] = perm1[i + 1];
            perm1[r] = p0;
            if (--count[r] > 0)
                break;
            r++;
        }
        perm_count++;
    }
}

EXPORT unsigned run(void) {
    u32 h = CHECK_INIT;
    for (int s = 0; s < SCALE; s++) {
        int checksum = 0;
        int flips = fannkuch(N, &checksum);
        h = mix(mix(h, (u32)flips), (u32)checksum);
    }
    return h;
}
