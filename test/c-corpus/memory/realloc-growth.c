// malloc/realloc/free patterns: geometric growth, shrink-to-fit, realloc(NULL), contents preserved across moves.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

typedef struct { uint32_t *v; size_t n, cap; unsigned reallocs; } Buf;

static void push(Buf *b, uint32_t x) {
    if (b->n == b->cap) {
        size_t nc = b->cap < 4 ? 4 : b->cap + b->cap / 2;
        uint32_t *nv = realloc(b->v, nc * sizeof *nv); /* realloc(NULL, n) acts like malloc */
        if (!nv) exit(2);
        b->v = nv;
        b->cap = nc;
        b->reallocs++;
    }
    b->v[b->n++] = x;
}

static uint32_t checksum(const uint32_t *v, size_t n) { uint32_t h = 2166136261u; for (size_t i = 0; i < n; i++) h = (h ^ v[i]) * 16777619u; return h; }

int main(void) {
    Buf b = {NULL, 0, 0, 0};
    for (uint32_t i = 0; i < 10000; i++) {
        push(&b, i * i ^ 0xA5A5A5A5u);
        if (i == 9 || i == 99 || i == 999 || i == 9999) printf("n=%zu cap=%zu reallocs=%u sum=%08x\n", b.n, b.cap, b.reallocs, checksum(b.v, b.n));
    }
    /* shrink to fit and verify contents */
    uint32_t before = checksum(b.v, b.n);
    b.v = realloc(b.v, b.n * sizeof *b.v);
    b.cap = b.n;
    printf("shrunk: same contents %d\n", before == checksum(b.v, b.n));
    /* truncate drastically, then grow again */
    b.n = 10;
    b.v = realloc(b.v, 10 * sizeof *b.v);
    b.cap = 10;
    for (uint32_t i = 0; i < 20; i++) push(&b, i);
    printf("regrown n=%zu cap=%zu first=%u last=%u\n", b.n, b.cap, b.v[0], b.v[b.n - 1]);
    free(b.v);
    /* many small allocations with interleaved frees */
    char *slots[64] = {0};
    unsigned live = 0, total_bytes = 0;
    for (int round = 0; round < 2000; round++) {
        int i = (round * 37) % 64;
        if (slots[i]) { free(slots[i]); slots[i] = NULL; live--; }
        else {
            size_t len = 1 + (size_t)(round % 97);
            slots[i] = malloc(len);
            memset(slots[i], 'a' + round % 26, len - 1);
            slots[i][len - 1] = 0;
            total_bytes += (unsigned)len;
            live++;
        }
    }
    unsigned sig = 0;
    for (int i = 0; i < 64; i++) if (slots[i]) { sig = sig * 31 + (unsigned)strlen(slots[i]) + (unsigned char)slots[i][0]; free(slots[i]); }
    printf("live %u total bytes %u signature %u\n", live, total_bytes, sig);
    /* realloc of a string buffer while building */
    char *s = NULL;
    size_t len = 0;
    for (int i = 0; i < 50; i++) {
        char piece[16];
        int k = snprintf(piece, sizeof piece, "%d;", i * i);
        s = realloc(s, len + (size_t)k + 1);
        memcpy(s + len, piece, (size_t)k + 1);
        len += (size_t)k;
    }
    printf("built %zu chars: %.40s...\n", len, s);
    free(s);
    free(NULL); /* allowed, no effect */
    return 0;
}
