/* Triangular loop nests, whose inner trip count depends on the outer index:
 * a lower-triangular matrix-vector product over integers, a forward
 * substitution (solve L x = b) in doubles, and a count over all pairs i < j.
 * Loop bounds that change every row, reductions, 2-D indexing. */
#include "bench.h"

#define N 600
#define MATVEC_REPS (120 * SCALE)
#define SOLVE_REPS (75 * SCALE)
#define NPAIRS 6000
#define PAIR_REPS (6 * SCALE)

static u32 L[N][N];
static double Ld[N][N];
static u32 v[N], w[N];
static double b[N], x[N];
static u32 vals[NPAIRS];

static u32 fold(double d) {
    union { double d; u64 u; } u = {d};
    return (u32)u.u ^ (u32)(u.u >> 32);
}

EXPORT unsigned run(void) {
    u32 seed = 19937u, h = CHECK_INIT;
    for (int i = 0; i < N; i++) {
        for (int j = 0; j <= i; j++) {
            u32 r = xorshift32(&seed);
            L[i][j] = r & 0xFFFF;
            /* Diagonally dominant, so that the solution stays bounded. */
            Ld[i][j] = i == j ? (double)N : (double)(r % 1000) / 1000.0 - 0.5;
        }
        v[i] = xorshift32(&seed);
        b[i] = (double)(xorshift32(&seed) % 2000) - 1000.0;
    }
    /* w = L v, repeated with v updated from w. */
    for (int r = 0; r < MATVEC_REPS; r++) {
        for (int i = 0; i < N; i++) {
            u32 acc = 0;
            for (int j = 0; j <= i; j++)
                acc += L[i][j] * v[j];
            w[i] = acc;
        }
        for (int i = 0; i < N; i++)
            v[i] = w[i] ^ (u32)r;
        h = mix(h, w[N - 1]);
    }
    /* Forward substitution. */
    for (int r = 0; r < SOLVE_REPS; r++) {
        for (int i = 0; i < N; i++) {
            double s = b[i];
            for (int j = 0; j < i; j++)
                s -= Ld[i][j] * x[j];
            x[i] = s / Ld[i][i];
        }
        b[r % N] += 1.0;
        h = mix(h, fold(x[N - 1]));
    }
    for (int i = 0; i < N; i += 50)
        h = mix(h, fold(x[i]));
    /* Pairs i < j whose values share their low byte and differ in bit 8. */
    for (int i = 0; i < NPAIRS; i++)
        vals[i] = xorshift32(&seed);
    for (int r = 0; r < PAIR_REPS; r++) {
        u32 count = 0;
        for (int i = 0; i < NPAIRS; i++)
            for (int j = i + 1; j < NPAIRS; j++)
                count += ((vals[i] ^ vals[j]) & 0x1FF) == 0x100;
        vals[r] ^= count;
        h = mix(h, count);
    }
    return h;
}
