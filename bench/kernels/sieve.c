/* Sieve of Eratosthenes over a byte array, repeated: byte loads and stores
 * with a regular stride, almost no arithmetic. */
#include "bench.h"

#define N 1000000
#define REPS (3 * SCALE)

static u8 composite[N + 1];

EXPORT unsigned run(void) {
    u32 h = CHECK_INIT;
    for (int r = 0; r < REPS; r++) {
        /* Not a constant fill, so that no memset call is needed. */
        for (int i = 0; i <= N; i++)
            composite[i] = (u8)(i < 2);
        for (int i = 2; (long long)i * i <= N; i++)
            if (!composite[i])
                for (int j = i * i; j <= N; j += i)
                    composite[j] = 1;
        u32 count = 0, sum = 0;
        for (int i = 0; i <= N; i++)
            if (!composite[i]) {
                count++;
                sum += (u32)i;
            }
        h = mix(mix(h, count), sum);
    }
    return h;
}
