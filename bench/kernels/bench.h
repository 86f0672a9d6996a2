/* Shared definitions of the benchmark kernels.
 *
 * Every kernel is one self-contained C file with no libc calls: it exports
 * `unsigned run(void)`, which does a fixed amount of work and returns a 32-bit
 * checksum.  run() re-initialises all of its state, so it can be called
 * repeatedly (the native harness calls it several times).  The checksum must
 * not depend on pointer size or layout: the same file is built natively
 * (x86-64), as plain wasm32 and as MSWasm, and the three results must agree.
 *
 * SCALE (default 1) multiplies the amount of work: -DSCALE=2 doubles it.
 */
#ifndef BENCH_H
#define BENCH_H

#ifndef SCALE
#define SCALE 1
#endif

typedef unsigned int u32;
typedef int i32;
typedef unsigned long long u64;
typedef long long i64;
typedef unsigned char u8;

#if defined(__wasm__)
#define EXPORT __attribute__((visibility("default")))
#else
#define EXPORT
#endif

/* Deterministic pseudo-random numbers (xorshift32); never returns 0. */
static inline u32 xorshift32(u32 *s) {
    u32 x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *s = x;
}

/* Mixes a value into a running checksum (FNV-1a over 32-bit words). */
static inline u32 mix(u32 h, u32 v) {
    return (h ^ v) * 16777619u;
}

#define CHECK_INIT 2166136261u

EXPORT unsigned run(void);

#endif
