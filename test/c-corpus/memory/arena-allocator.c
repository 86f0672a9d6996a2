// A bump/arena allocator over malloc'd blocks with alignment by offset, marks/rewinds, and chained blocks.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

typedef struct Block { struct Block *prev; size_t used, size; unsigned char *mem; } Block;
typedef struct { Block *cur; size_t total_allocs, blocks; } Arena;
typedef struct { Block *block; size_t used; } Mark;

static void *arena_alloc(Arena *a, size_t n, size_t align) {
    Block *b = a->cur;
    size_t off = b ? (b->used + align - 1) / align * align : 0;
    if (!b || off + n > b->size) {
        size_t size = n + align > 4096 ? n + align : 4096;
        Block *nb = malloc(sizeof *nb);
        nb->mem = malloc(size);
        nb->size = size;
        nb->used = 0;
        nb->prev = b;
        a->cur = b = nb;
        a->blocks++;
        off = 0;
    }
    b->used = off + n;
    a->total_allocs++;
    return b->mem + off;
}

static Mark arena_mark(Arena *a) { Mark m = {a->cur, a->cur ? a->cur->used : 0}; return m; }

static void arena_rewind(Arena *a, Mark m) {
    while (a->cur != m.block) { Block *p = a->cur->prev; free(a->cur->mem); free(a->cur); a->cur = p; a->blocks--; }
    if (a->cur) a->cur->used = m.used;
}

static void arena_free(Arena *a) { arena_rewind(a, (Mark){NULL, 0}); }

typedef struct Sym { const char *name; int value; struct Sym *next; } Sym;

static char *arena_strdup(Arena *a, const char *s) { size_t n = strlen(s) + 1; char *d = arena_alloc(a, n, 1); memcpy(d, s, n); return d; }

int main(void) {
    Arena a = {NULL, 0, 0};
    /* a linked list of symbols living entirely in the arena */
    Sym *list = NULL;
    const char *names[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
    for (int i = 0; i < 8; i++) {
        Sym *s = arena_alloc(&a, sizeof *s, _Alignof(Sym));
        s->name = arena_strdup(&a, names[i]);
        s->value = i * i;
        s->next = list;
        list = s;
    }
    for (Sym *s = list; s; s = s->next) printf("%s=%d ", s->name, s->value);
    printf("\nallocs %zu blocks %zu\n", a.total_allocs, a.blocks);
    Mark m = arena_mark(&a);
    double *arr = arena_alloc(&a, 1000 * sizeof(double), _Alignof(double));
    for (int i = 0; i < 1000; i++) arr[i] = i * 0.5;
    int *big = arena_alloc(&a, 5000 * sizeof(int), _Alignof(int));
    for (int i = 0; i < 5000; i++) big[i] = i;
    double sum = 0;
    for (int i = 0; i < 1000; i++) sum += arr[i];
    long isum = 0;
    for (int i = 0; i < 5000; i++) isum += big[i];
    printf("temporary: sum %.1f isum %ld blocks %zu\n", sum, isum, a.blocks);
    arena_rewind(&a, m);
    printf("after rewind blocks %zu, list still intact: %s\n", a.blocks, list->name);
    /* many tiny allocations with mixed alignment */
    size_t misaligned = 0;
    unsigned char *base = a.cur->mem;
    for (int i = 0; i < 300; i++) {
        size_t al = (size_t)1 << (i % 4);
        unsigned char *p = arena_alloc(&a, (size_t)(i % 13) + 1, al);
        if (a.cur->mem == base && (size_t)(p - base) % al) misaligned++;
        memset(p, i, (size_t)(i % 13) + 1);
    }
    printf("tiny allocs done, misaligned %zu, allocs %zu blocks %zu\n", misaligned, a.total_allocs, a.blocks);
    arena_free(&a);
    printf("freed, blocks %zu\n", a.blocks);
    return 0;
}
