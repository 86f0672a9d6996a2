// A Bloom filter with double hashing over a bit array; measures the false-positive rate against the theoretical one.
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct { uint8_t *bits; uint32_t m; int k; } Bloom;

static uint32_t fnv(const char *s) { uint32_t h = 2166136261u; while (*s) { h ^= (uint8_t)*s++; h *= 16777619u; } return h; }
static uint32_t djb(const char *s) { uint32_t h = 5381; while (*s) h = h * 33 + (uint8_t)*s++; return h | 1; }

static void bloom_add(Bloom *b, const char *s) {
    uint32_t h1 = fnv(s), h2 = djb(s);
    for (int i = 0; i < b->k; i++) { uint32_t bit = (h1 + (uint32_t)i * h2) % b->m; b->bits[bit / 8] |= (uint8_t)(1u << (bit % 8)); }
}

static int bloom_has(const Bloom *b, const char *s) {
    uint32_t h1 = fnv(s), h2 = djb(s);
    for (int i = 0; i < b->k; i++) { uint32_t bit = (h1 + (uint32_t)i * h2) % b->m; if (!(b->bits[bit / 8] & (1u << (bit % 8)))) return 0; }
    return 1;
}

static double exp_neg(double x) { /* e^-x by range reduction and Taylor series */
    int halvings = 0;
    while (x > 0.5) { x /= 2; halvings++; }
    double term = 1, sum = 1;
    for (int n = 1; n < 20; n++) { term *= -x / n; sum += term; }
    while (halvings--) sum *= sum;
    return sum;
}

int main(void) {
    int sizes[] = {2048, 4096, 8192};
    int ks[] = {2, 4, 6};
    const int inserted = 600, probes = 2000;
    char key[32];
    for (int si = 0; si < 3; si++)
        for (int ki = 0; ki < 3; ki++) {
            Bloom b = {calloc((size_t)sizes[si] / 8, 1), (uint32_t)sizes[si], ks[ki]};
            for (int i = 0; i < inserted; i++) { snprintf(key, sizeof key, "user-%d@example.org", i * 7); bloom_add(&b, key); }
            int missing = 0;
            for (int i = 0; i < inserted; i++) { snprintf(key, sizeof key, "user-%d@example.org", i * 7); missing += !bloom_has(&b, key); }
            int fp = 0;
            for (int i = 0; i < probes; i++) { snprintf(key, sizeof key, "other-%d", i); fp += bloom_has(&b, key); }
            int set = 0;
            for (int i = 0; i < sizes[si] / 8; i++) set += __builtin_popcount(b.bits[i]);
            double p = 1 - exp_neg((double)ks[ki] * inserted / sizes[si]), theory = 1;
            for (int i = 0; i < ks[ki]; i++) theory *= p;
            printf("m=%5d k=%d bits set %5d missing %d false positives %4d (%.4f, theory %.4f)\n", sizes[si], ks[ki], set, missing, fp, (double)fp / probes, theory);
            free(b.bits);
        }
    return 0;
}
