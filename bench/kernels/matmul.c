/* Integer matrix multiply (i-k-j order) of two N x N matrices, repeated with
 * the product fed back: 2-D array indexing and multiply-accumulate. */
#include "bench.h"

#define N 100
#define REPS (6 * SCALE)

static u32 a[N][N], b[N][N], c[N][N];

static void multiply(u32 (*x)[N], u32 (*y)[N], u32 (*out)[N]) {
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++)
            out[i][j] = 0;
        for (int k = 0; k < N; k++) {
            u32 xik = x[i][k];
            for (int j = 0; j < N; j++)
                out[i][j] += xik * y[k][j];
        }
    }
}

EXPORT unsigned run(void) {
    u32 seed = 12345;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = xorshift32(&seed) & 0xff;
            b[i][j] = xorshift32(&seed) & 0xff;
        }
    u32 h = CHECK_INIT;
    for (int r = 0; r < REPS; r++) {
        multiply(a, b, c);
        /* Feed the product back (kept small so that it stays interesting). */
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++) {
                h = mix(h, c[i][j]);
                a[i][j] = (c[i][j] >> 7) & 0x3ff;
            }
    }
    return h;
}
