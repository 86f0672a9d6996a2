// Reference-counted immutable cons cells with structural sharing; counts allocations to prove nothing leaks.
#include <stdio.h>
#include <stdlib.h>

typedef struct Cell { int refs; int head; struct Cell *tail; } Cell;
static int live, allocated;

static Cell *retain(Cell *c) { if (c) c->refs++; return c; }
static void release(Cell *c) {
    while (c && --c->refs == 0) { Cell *t = c->tail; free(c); live--; c = t; }
}
static Cell *cons(int h, Cell *t) { /* takes ownership of t */
    Cell *c = malloc(sizeof *c);
    c->refs = 1; c->head = h; c->tail = t;
    live++; allocated++;
    return c;
}

static void print(const char *name, const Cell *c) {
    printf("%-8s [", name);
    for (; c; c = c->tail) printf("%d%s", c->head, c->tail ? " " : "");
    printf("]\n");
}

static Cell *range(int lo, int hi) { Cell *l = NULL; for (int i = hi; i >= lo; i--) l = cons(i, l); return l; }

static Cell *map_sq(const Cell *c) { /* returns a fresh list */
    if (!c) return NULL;
    return cons(c->head * c->head, map_sq(c->tail));
}

static Cell *drop(Cell *c, int n) { /* shares the tail */
    while (n-- > 0 && c) c = c->tail;
    return retain(c);
}

static Cell *append(const Cell *a, Cell *b) { /* copies a, shares b (takes ownership of b) */
    if (!a) return b;
    return cons(a->head, append(a->tail, b));
}

int main(void) {
    Cell *xs = range(1, 10);
    Cell *ys = drop(xs, 6);
    Cell *zs = cons(100, retain(ys));
    Cell *sq = map_sq(xs);
    Cell *ap = append(zs, retain(sq));
    print("xs", xs); print("ys", ys); print("zs", zs); print("sq", sq); print("ap", ap);
    printf("live %d allocated %d, refs: ys %d sq %d\n", live, allocated, ys->refs, sq->refs);
    release(xs);
    printf("after releasing xs: live %d, ys still %d..%d\n", live, ys->head, ys->tail->tail->tail->head);
    release(sq);
    release(zs);
    printf("after sq, zs: live %d\n", live);
    release(ap);
    printf("after ap: live %d\n", live);
    release(ys);
    printf("all released: live %d of %d allocated\n", live, allocated);
    /* long list released iteratively (no deep recursion) */
    Cell *big = range(0, 99999);
    Cell *share = drop(big, 50000);
    release(big);
    long long s = 0;
    for (Cell *c = share; c; c = c->tail) s += c->head;
    printf("shared half sum %lld live %d\n", s, live);
    release(share);
    printf("final live %d\n", live);
    return live;
}
