// Dynamic bitset on uint32_t words: set algebra, counting, iteration; used for a prime sieve.
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

typedef struct { uint32_t *w; unsigned nbits, nwords; } Bits;

static Bits bs_new(unsigned n) {
    Bits b = { calloc((n + 31) / 32, 4), n, (n + 31) / 32 };
    return b;
}
static void bs_set(Bits *b, unsigned i) { b->w[i >> 5] |= 1u << (i & 31); }
static void bs_clear(Bits *b, unsigned i) { b->w[i >> 5] &= ~(1u << (i & 31)); }
static int bs_test(const Bits *b, unsigned i) { return (b->w[i >> 5] >> (i & 31)) & 1; }
static unsigned bs_count(const Bits *b) {
    unsigned c = 0;
    for (unsigned i = 0; i < b->nwords; i++) c += (unsigned)__builtin_popcount(b->w[i]);
    return c;
}
/* index of next set bit at or after i, or nbits */
static unsigned bs_next(const Bits *b, unsigned i) {
    if (i >= b->nbits) return b->nbits;
    unsigned wi = i >> 5;
    uint32_t word = b->w[wi] & (~0u << (i & 31));
    for (;;) {
        if (word) { unsigned r = wi * 32 + (unsigned)__builtin_ctz(word); return r < b->nbits ? r : b->nbits; }
        if (++wi >= b->nwords) return b->nbits;
        word = b->w[wi];
    }
}

int main(void) {
    enum { N = 5000 };
    Bits composite = bs_new(N);
    bs_set(&composite, 0); bs_set(&composite, 1);
    for (unsigned p = 2; p * p < N; p++)
        if (!bs_test(&composite, p))
            for (unsigned m = p * p; m < N; m += p) bs_set(&composite, m);
    Bits primes = bs_new(N);
    for (unsigned i = 0; i < primes.nwords; i++) primes.w[i] = ~composite.w[i];
    for (unsigned i = N; i < primes.nwords * 32; i++) bs_clear(&primes, i);
    printf("primes below %d: %u\n", N, bs_count(&primes));
    printf("first:");
    unsigned i = bs_next(&primes, 0);
    for (int k = 0; k < 15; k++, i = bs_next(&primes, i + 1)) printf(" %u", i);
    printf("\nlast:");
    unsigned last[5] = {0}, n = 0;
    for (i = bs_next(&primes, 0); i < N; i = bs_next(&primes, i + 1)) last[n++ % 5] = i;
    for (int k = 0; k < 5; k++) printf(" %u", last[(n + (unsigned)k) % 5]);
    printf("\n");
    /* multiples of 3 and of 5 */
    Bits m3 = bs_new(N), m5 = bs_new(N);
    for (unsigned k = 0; k < N; k += 3) bs_set(&m3, k);
    for (unsigned k = 0; k < N; k += 5) bs_set(&m5, k);
    Bits u = bs_new(N), x = bs_new(N), d = bs_new(N);
    for (unsigned k = 0; k < u.nwords; k++) {
        u.w[k] = m3.w[k] | m5.w[k];
        x.w[k] = m3.w[k] & m5.w[k];
        d.w[k] = m3.w[k] ^ m5.w[k];
    }
    printf("|m3|=%u |m5|=%u union=%u inter=%u xor=%u\n", bs_count(&m3), bs_count(&m5), bs_count(&u), bs_count(&x), bs_count(&d));
    /* twin primes */
    unsigned twins = 0;
    for (i = bs_next(&primes, 0); i + 2 < N; i = bs_next(&primes, i + 1)) twins += (unsigned)bs_test(&primes, i + 2);
    printf("twin prime pairs: %u\n", twins);
    uint32_t h = 0;
    for (unsigned k = 0; k < primes.nwords; k++) h = (h << 5 | h >> 27) ^ primes.w[k];
    printf("word hash %08x\n", h);
    free(composite.w); free(primes.w); free(m3.w); free(m5.w); free(u.w); free(x.w); free(d.w);
    return 0;
}
