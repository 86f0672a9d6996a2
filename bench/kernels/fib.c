/* Call-heavy recursion: doubly recursive Fibonacci and Takeuchi's tak, kept
 * out of line (noinline; the optimiser may still turn one of fib's two calls
 * into a loop, the same way for every build).  Almost nothing but calls,
 * returns, compares and adds. */
#include "bench.h"

#define FIB_N 35
#define FIB_REPS (6 * SCALE)
#define TAK_REPS (100 * SCALE)

__attribute__((noinline)) static u32 fib(u32 n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

__attribute__((noinline)) static i32 tak(i32 x, i32 y, i32 z) {
    return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
}

/* Keeps the arguments opaque, so that no call is evaluated at compile time. */
static volatile u32 param = 0;

EXPORT unsigned run(void) {
    u32 h = CHECK_INIT;
    for (u32 r = 0; r < FIB_REPS; r++)
        h = mix(h, fib(FIB_N - (r & 1) + param));
    for (u32 r = 0; r < TAK_REPS; r++)
        h = mix(h, (u32)tak(18 + (i32)param, 12 + (i32)(r % 3), 6 + (i32)param));
    return h;
}
