/* A 2-D five-point Jacobi stencil over a 256x256 grid of doubles with fixed
 * boundary values, two grids swapped every sweep, plus a 1-D three-point
 * integer smoothing.  Regular unit-stride loads and stores, neighbours one
 * row apart; vectorisable natively. */
#include "bench.h"

#define N 256
#define SWEEPS (500 * SCALE)
#define N1 65536
#define SWEEPS1 (500 * SCALE)

static double grid[2][N][N];
static i32 line[2][N1];

static u32 fold(double d) {
    union { double d; u64 u; } v = {d};
    return (u32)v.u ^ (u32)(v.u >> 32);
}

EXPORT unsigned run(void) {
    for (int b = 0; b < 2; b++)
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++)
                grid[b][i][j] = i == 0 ? 100.0 : j == 0 ? 50.0 : i == N - 1 || j == N - 1
                                ? 0.0 : (double)((i * 37 + j * 11) % 17);
    int cur = 0;
    for (int s = 0; s < SWEEPS; s++) {
        double (*src)[N] = grid[cur], (*dst)[N] = grid[cur ^ 1];
        for (int i = 1; i < N - 1; i++)
            for (int j = 1; j < N - 1; j++)
                dst[i][j] = 0.25 * (src[i - 1][j] + src[i + 1][j] + src[i][j - 1] +
                                    src[i][j + 1]);
        cur ^= 1;
    }
    u32 h = CHECK_INIT;
    double total = 0;
    for (int i = 0; i < N; i++) {
        double row = 0;
        for (int j = 0; j < N; j++)
            row += grid[cur][i][j];
        total += row;
        if (i % 16 == 0)
            h = mix(h, fold(row));
    }
    h = mix(h, fold(total));

    u32 seed = 7u;
    for (int k = 0; k < N1; k++)
        line[0][k] = line[1][k] = (i32)(xorshift32(&seed) % 20001) - 10000;
    cur = 0;
    for (int s = 0; s < SWEEPS1; s++) {
        const i32 *src = line[cur];
        i32 *dst = line[cur ^ 1];
        for (int k = 1; k < N1 - 1; k++)
            dst[k] = (src[k - 1] + 2 * src[k] + src[k + 1] + 2) >> 2;
        cur ^= 1;
    }
    for (int k = 0; k < N1; k += 97)
        h = mix(h, (u32)line[cur][k]);
    return h;
}
