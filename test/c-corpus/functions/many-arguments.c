// Functions with many parameters of mixed types (register pressure, stack arguments), recursion with many args.
#include <stdio.h>
#include <stdint.h>

static int64_t mix12(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l) {
    return (int64_t)a * 1 + (int64_t)b * 2 + (int64_t)c * 3 + (int64_t)d * 4 + (int64_t)e * 5 + (int64_t)f * 6 + (int64_t)g * 7 +
           (int64_t)h * 8 + (int64_t)i * 9 + (int64_t)j * 10 + (int64_t)k * 11 + (int64_t)l * 12;
}

static double mixed(char c, short s, int i, long l, long long ll, float f, double d, unsigned char uc, unsigned short us,
                    unsigned u, unsigned long long ull, double d2) {
    return c + s + i + (double)l + (double)ll + f + d + uc + us + u + (double)ull + d2;
}

static uint32_t chain(uint32_t a, uint32_t b, uint32_t c, uint32_t d, uint32_t e, uint32_t f, uint32_t g, uint32_t h, int n) {
    if (n == 0) return a ^ b ^ c ^ d ^ e ^ f ^ g ^ h;
    /* rotate the arguments, mixing as we go */
    return chain(b + a, c ^ a, d * 3 + 1, e - b, f ^ (c << 3), g + d, h ^ e, a * 2654435761u, n - 1);
}

static int sum_arrays(const int *a, int na, const int *b, int nb, const int *c, int nc, int scale_a, int scale_b, int scale_c) {
    int s = 0;
    for (int i = 0; i < na; i++) s += a[i] * scale_a;
    for (int i = 0; i < nb; i++) s += b[i] * scale_b;
    for (int i = 0; i < nc; i++) s += c[i] * scale_c;
    return s;
}

typedef struct { double x, y, z; } V3;
static V3 combine(V3 a, double wa, V3 b, double wb, V3 c, double wc, V3 d, double wd) {
    V3 r = {a.x * wa + b.x * wb + c.x * wc + d.x * wd, a.y * wa + b.y * wb + c.y * wc + d.y * wd, a.z * wa + b.z * wb + c.z * wc + d.z * wd};
    return r;
}

int main(void) {
    printf("mix12 = %lld\n", (long long)mix12(1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12));
    printf("mix12 big = %lld\n", (long long)mix12(2000000000, 2000000000, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2000000000));
    printf("mixed = %.4f\n", mixed('A', -1000, 100000, -2000000000L, 9000000000000LL, 0.5f, 1e-3, 200, 60000, 4000000000u, 18000000000000000000ULL, -1.25));
    for (int n = 0; n <= 40; n += 8) printf("chain(%d) = %08x\n", n, chain(1, 2, 3, 4, 5, 6, 7, 8, n));
    int a[] = {1, 2, 3}, b[] = {10, 20}, c[] = {100, 200, 300, 400};
    printf("sum_arrays = %d\n", sum_arrays(a, 3, b, 2, c, 4, 1, -1, 2));
    V3 p = {1, 0, 0}, q = {0, 1, 0}, r = {0, 0, 1}, s = {1, 1, 1};
    V3 m = combine(p, 0.5, q, 0.25, r, 0.125, s, -1);
    printf("combine = (%.4f, %.4f, %.4f)\n", m.x, m.y, m.z);
    return 0;
}
