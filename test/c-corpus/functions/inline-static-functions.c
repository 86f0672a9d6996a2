// static inline helpers, constant folding across calls, and function-like macros vs functions with side effects.
#include <stdio.h>
#include <stdint.h>

static inline uint32_t rotl(uint32_t x, int k) { return (x << (k & 31)) | (x >> ((32 - k) & 31)); }
static inline int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
static inline int sign(int v) { return (v > 0) - (v < 0); }
static inline uint32_t mix(uint32_t h, uint32_t v) { return rotl(h ^ v, 13) * 5u + 0xe6546b64u; }

#define SQUARE_MACRO(x) ((x) * (x))
static inline int square_fn(int x) { return x * x; }
#define MAX_MACRO(a, b) ((a) > (b) ? (a) : (b))

static int calls;
static int next_val(void) { return ++calls; }

/* xoshiro128** generator built from inline helpers */
static uint32_t s[4] = {1, 2, 3, 4};
static inline uint32_t xoshiro(void) {
    uint32_t result = rotl(s[1] * 5, 7) * 9, t = s[1] << 9;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
}

int main(void) {
    printf("rotl: %08x %08x %08x %08x\n", rotl(0x80000001u, 1), rotl(0x12345678u, 8), rotl(0xdeadbeefu, 0), rotl(0xdeadbeefu, 32));
    for (int v = -15; v <= 15; v += 5) printf("clamp(%d)=%d sign=%d  ", v, clamp(v, -7, 9), sign(v));
    printf("\n");
    calls = 0;
    int a = SQUARE_MACRO(next_val() + 0 * 0); /* macro evaluates its argument twice: 1 * 2 */
    int calls_macro = calls;
    calls = 0;
    int b = square_fn(next_val());
    printf("macro result %d with %d calls, function result %d with %d call\n", a, calls_macro, b, calls);
    int x = 5, y = 9;
    printf("max %d %d\n", MAX_MACRO(x, y), MAX_MACRO(y - 10, x - 10));
    uint32_t h = 0;
    for (uint32_t i = 0; i < 1000; i++) h = mix(h, i * i);
    printf("mix hash %08x\n", h);
    printf("xoshiro128**:");
    for (int i = 0; i < 8; i++) printf(" %08x", xoshiro());
    printf("\n");
    uint32_t hist[8] = {0};
    for (int i = 0; i < 80000; i++) hist[xoshiro() >> 29]++;
    printf("top-3-bit histogram:");
    for (int i = 0; i < 8; i++) printf(" %u", hist[i]);
    printf("\n");
    return 0;
}
