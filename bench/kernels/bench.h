/* Shared definitions of the benchmark kernels.
 *
 * Every kernel is one self-contained C file with no libc calls (except
 * malloc/free in the BENCH_HEAP kernels, see below): it exports
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

/* Heap kernels.  A kernel that measures malloc/free defines BENCH_HEAP before
 * including this file, and run.py lists it with libc=True: natively it gets
 * glibc's malloc, under MSWasm the MSWasm libc's (one segment per block, the
 * real cost of a handle-checked heap), and in the plain-Wasm build, which has
 * no libc here, the small segregated free-list allocator below over
 * memory.grow.  Such a kernel must free every block before run() returns. */
#ifdef BENCH_HEAP
typedef __SIZE_TYPE__ bench_size_t;
#if defined(__wasm__) && !defined(__mswasm__)
extern unsigned char __heap_base;
static unsigned char *bench_brk, *bench_end;
static void *bench_free_lists[96];   /* one per size class */

/* Size classes: 16..1024 bytes in 16-byte steps (0..63), then powers of two. */
static unsigned bench_class(bench_size_t size) {
    if (size <= 1024)
        return size ? (unsigned)((size - 1) >> 4) : 0;
    unsigned c = 64;
    for (bench_size_t cap = 2048; cap < size; cap <<= 1)
        c++;
    return c;
}

static bench_size_t bench_class_size(unsigned c) {
    return c < 64 ? ((bench_size_t)c + 1) << 4 : (bench_size_t)2048 << (c - 64);
}

static void *bench_malloc(bench_size_t size) {
    unsigned c = bench_class(size);
    void **head = &bench_free_lists[c];
    unsigned char *p;
    if (*head) {
        p = (unsigned char *)*head;
        *head = *(void **)p;
    } else {
        bench_size_t need = 16 + bench_class_size(c);   /* a 16-byte header: the class */
        if (!bench_brk)
            bench_brk = bench_end = (unsigned char *)(((unsigned long)&__heap_base + 15) & ~15ul);
        if ((bench_size_t)(bench_end - bench_brk) < need) {
            unsigned long top = (unsigned long)__builtin_wasm_memory_size(0) << 16;
            if ((unsigned long)bench_brk + need > top) {
                unsigned long pages = ((unsigned long)bench_brk + need - top + 65535) >> 16;
                if (__builtin_wasm_memory_grow(0, pages) == (unsigned long)-1)
                    return 0;
                top += pages << 16;
            }
            bench_end = (unsigned char *)top;
        }
        p = bench_brk + 16;
        bench_brk += need;
        *(unsigned *)(p - 16) = c;
    }
    return p;
}

static void bench_free(void *p) {
    if (!p)
        return;
    unsigned c = *(unsigned *)((unsigned char *)p - 16);
    *(void **)p = bench_free_lists[c];
    bench_free_lists[c] = p;
}

#define malloc bench_malloc
#define free bench_free
#else
void *malloc(bench_size_t size);
void free(void *p);
#endif
#endif

#endif
