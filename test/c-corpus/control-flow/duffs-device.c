// Duff's device and other switch-into-loop tricks: unrolled copy, coroutine-style generator (Tatham).
#include <stdio.h>
#include <string.h>

static void duff_copy(unsigned char *to, const unsigned char *from, int count) {
    if (count <= 0) return;
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++; /* fallthrough */
    case 7:      *to++ = *from++; /* fallthrough */
    case 6:      *to++ = *from++; /* fallthrough */
    case 5:      *to++ = *from++; /* fallthrough */
    case 4:      *to++ = *from++; /* fallthrough */
    case 3:      *to++ = *from++; /* fallthrough */
    case 2:      *to++ = *from++; /* fallthrough */
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}

/* Simon Tatham's coroutines in C: a generator of the Fibonacci-like sequence, resumable */
typedef struct { int state; int a, b, i; } Gen;

static int gen_next(Gen *g, int *out) {
    switch (g->state) {
    case 0:
        g->a = 0; g->b = 1;
        for (g->i = 0; g->i < 15; g->i++) {
            *out = g->a;
            g->state = 1;
            return 1;
    case 1:
            { int t = g->a + g->b; g->a = g->b; g->b = t; }
        }
    }
    g->state = 2;
    return 0;
}

/* run-length decoder as a coroutine consuming one byte at a time */
typedef struct { int state, count; char out[128]; int len; } Dec;

static void feed(Dec *d, char c) {
    switch (d->state) {
    case 0:
        for (;;) {
            d->count = c - '0';
            d->state = 1;
            return;
    case 1:
            while (d->count-- > 0) d->out[d->len++] = c;
            d->out[d->len] = 0;
            d->state = 0;
            return;
        }
    }
}

int main(void) {
    unsigned char src[100], dst[100];
    for (int i = 0; i < 100; i++) src[i] = (unsigned char)(i * 13 + 1);
    for (int count = 0; count <= 20; count++) {
        memset(dst, 0, sizeof dst);
        duff_copy(dst, src, count);
        int ok = memcmp(dst, src, (size_t)count) == 0 && (count == 100 || dst[count] == 0);
        printf("%d%s", ok, count == 20 ? "\n" : "");
    }
    duff_copy(dst, src, 100);
    printf("full copy equal: %d\n", memcmp(dst, src, 100) == 0);
    Gen g = {0};
    int v;
    printf("generator:");
    while (gen_next(&g, &v)) printf(" %d", v);
    printf("\n");
    Dec d = {0};
    const char *enc = "3a2b1c4d0e5f";
    for (const char *p = enc; *p; p++) feed(&d, *p);
    printf("decoded '%s' -> '%s' (%d)\n", enc, d.out, d.len);
    return 0;
}
