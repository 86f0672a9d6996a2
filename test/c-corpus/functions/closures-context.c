// Closures emulated with context pointers: iterators, accumulators, and callbacks with captured state.
#include <stdio.h>
#include <stdlib.h>

typedef struct Closure { int (*fn)(struct Closure *, int); int captured; int calls; } Closure;

static int adder_fn(Closure *c, int x) { c->calls++; return x + c->captured; }
static int multiplier_fn(Closure *c, int x) { c->calls++; return x * c->captured; }
static int accumulator_fn(Closure *c, int x) { c->calls++; c->captured += x; return c->captured; }

static Closure make(int (*fn)(Closure *, int), int v) { Closure c = {fn, v, 0}; return c; }
static int call(Closure *c, int x) { return c->fn(c, x); }

typedef void (*Visitor)(int value, void *ctx);
static void for_each(const int *a, int n, Visitor v, void *ctx) { for (int i = 0; i < n; i++) v(a[i], ctx); }

typedef struct { int count; long sum; int min, max; } Stats;
static void stats_visit(int v, void *ctx) {
    Stats *s = ctx;
    if (s->count == 0 || v < s->min) s->min = v;
    if (s->count == 0 || v > s->max) s->max = v;
    s->count++;
    s->sum += v;
}

typedef struct { int threshold; int *out; int n; } Collect;
static void collect_visit(int v, void *ctx) { Collect *c = ctx; if (v > c->threshold) c->out[c->n++] = v; }

typedef struct { char buf[256]; int len; const char *sep; } Joiner;
static void join_visit(int v, void *ctx) {
    Joiner *j = ctx;
    j->len += snprintf(j->buf + j->len, sizeof j->buf - (size_t)j->len, "%s%d", j->len ? j->sep : "", v);
}

/* generator closure over an array */
typedef struct { const int *data; int n, pos, step; } Iter;
static int iter_next(Iter *it, int *out) {
    if (it->pos >= it->n) return 0;
    *out = it->data[it->pos];
    it->pos += it->step;
    return 1;
}

int main(void) {
    Closure cs[] = {make(adder_fn, 10), make(multiplier_fn, 3), make(accumulator_fn, 0), make(adder_fn, -7)};
    for (int x = 1; x <= 5; x++) {
        printf("x=%d:", x);
        for (int i = 0; i < 4; i++) printf(" %d", call(&cs[i], x));
        printf("\n");
    }
    int composed = 2;
    for (int i = 0; i < 4; i++) composed = call(&cs[i], composed);
    printf("composed %d, calls: %d %d %d %d\n", composed, cs[0].calls, cs[1].calls, cs[2].calls, cs[3].calls);
    int data[25];
    for (int i = 0; i < 25; i++) data[i] = (i * 37 + 11) % 50 - 20;
    Stats st = {0, 0, 0, 0};
    for_each(data, 25, stats_visit, &st);
    printf("count %d sum %ld min %d max %d\n", st.count, st.sum, st.min, st.max);
    int out[25];
    Collect col = {15, out, 0};
    for_each(data, 25, collect_visit, &col);
    printf("above 15: %d values, first %d\n", col.n, col.n ? out[0] : 0);
    Joiner j = {{0}, 0, ", "};
    for_each(out, col.n, join_visit, &j);
    printf("joined: %s\n", j.buf);
    Iter it = {data, 25, 1, 4};
    int v;
    printf("every 4th from 1:");
    while (iter_next(&it, &v)) printf(" %d", v);
    printf("\n");
    return 0;
}
