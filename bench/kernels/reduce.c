/* Reductions over arrays of int and double: sums, sum of squares, minimum
 * and maximum, dot products, a conditional count.  The integer ones
 * vectorise natively; the double ones stay in order (no -ffast-math), so each
 * is a chain of dependent adds. */
#include "bench.h"

#define N (1 << 16)
#define REPS (700 * SCALE)

static i32 a[N], b2[N];
static double d[N], e[N];

static u32 fold(double x) {
    union { double d; u64 u; } v = {x};
    return (u32)v.u ^ (u32)(v.u >> 32);
}

EXPORT unsigned run(void) {
    u32 seed = 31415926u;
    for (int i = 0; i < N; i++) {
        u32 r = xorshift32(&seed);
        a[i] = (i32)(r % 2001) - 1000;
        b2[i] = (i32)((r >> 11) % 201) - 100;
        d[i] = (double)(i32)(r % 20001) / 1000.0 - 10.0;
        e[i] = (double)(r >> 20) / 4096.0;
    }
    u32 h = CHECK_INIT;
    for (int r = 0; r < REPS; r++) {
        i64 sum = 0, sq = 0, dot = 0;
        i32 lo = a[0], hi = a[0];
        u32 pos = 0;
        for (int i = 0; i < N; i++) {
            i32 x = a[i];
            sum += x;
            sq += (i64)x * x;
            dot += (i64)x * b2[i];
            lo = x < lo ? x : lo;
            hi = x > hi ? x : hi;
            pos += x > 0;
        }
        double dsum = 0, ddot = 0, dmax = d[0];
        for (int i = 0; i < N; i++) {
            dsum += d[i];
            ddot += d[i] * e[i];
            dmax = d[i] > dmax ? d[i] : dmax;
        }
        h = mix(h, (u32)sum ^ (u32)(sum >> 32));
        h = mix(h, (u32)sq ^ (u32)(sq >> 32));
        h = mix(h, (u32)dot);
        h = mix(h, (u32)lo ^ (u32)hi << 16);
        h = mix(h, pos);
        h = mix(h, fold(dsum));
        h = mix(h, fold(ddot));
        h = mix(h, fold(dmax));
        /* Change the data a little, so that no repetition is redundant. */
        a[r % N] += 1;
        d[(r * 7) % N] += 0.5;
    }
    return h;
}
