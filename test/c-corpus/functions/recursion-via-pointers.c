// Recursion through function pointers: fixpoint-style factorial/fibonacci, a memoising wrapper, and tree folds.
#include <stdio.h>
#include <stdlib.h>

typedef long (*Rec)(void *self, long n);
typedef struct { Rec body; } Fix;

static long call_fix(Fix *f, long n) { return f->body(f, n); }
static long fact_body(void *self, long n) { return n <= 1 ? 1 : n * call_fix(self, n - 1); }
static long fib_body(void *self, long n) { return n < 2 ? n : call_fix(self, n - 1) + call_fix(self, n - 2); }

typedef struct { Fix base; Rec inner; long memo[100]; int hits, misses; } Memo;
static long memo_body(void *self, long n) {
    Memo *m = self;
    if (n >= 0 && n < 100 && m->memo[n] >= 0) { m->hits++; return m->memo[n]; }
    m->misses++;
    long v = m->inner(self, n); /* inner recursion goes through the memo again */
    if (n >= 0 && n < 100) m->memo[n] = v;
    return v;
}

typedef struct Node { int v; struct Node *l, *r; } Node;
typedef long (*Folder)(long left, int v, long right);
static long fold(const Node *t, Folder f, long empty) { return t ? f(fold(t->l, f, empty), t->v, fold(t->r, f, empty)) : empty; }
static long f_sum(long l, int v, long r) { return l + v + r; }
static long f_count(long l, int v, long r) { (void)v; return l + 1 + r; }
static long f_height(long l, int v, long r) { (void)v; return 1 + (l > r ? l : r); }
static long f_max(long l, int v, long r) { long m = v; if (l > m) m = l; if (r > m) m = r; return m; }

static Node *build(int lo, int hi) {
    if (lo > hi) return NULL;
    int mid = lo + (hi - lo) / 3;
    Node *n = malloc(sizeof *n);
    n->v = mid * mid % 97;
    n->l = build(lo, mid - 1);
    n->r = build(mid + 1, hi);
    return n;
}
static void destroy(Node *n) { if (n) { destroy(n->l); destroy(n->r); free(n); } }

int main(void) {
    Fix fact = {fact_body}, fib = {fib_body};
    printf("fact:");
    for (long n = 0; n <= 12; n += 3) printf(" %ld", call_fix(&fact, n));
    printf("\nfib(20) = %ld\n", call_fix(&fib, 20));
    Memo m;
    m.base.body = memo_body;
    m.inner = fib_body;
    m.hits = m.misses = 0;
    for (int i = 0; i < 100; i++) m.memo[i] = -1;
    long f46 = call_fix(&m.base, 46);
    printf("memo fib(46) = %ld (hits %d, misses %d)\n", f46, m.hits, m.misses);
    Node *t = build(1, 60);
    Folder fs[] = {f_sum, f_count, f_height, f_max};
    const char *names[] = {"sum", "count", "height", "max"};
    long empties[] = {0, 0, 0, -1};
    for (int i = 0; i < 4; i++) printf("%s = %ld\n", names[i], fold(t, fs[i], empties[i]));
    destroy(t);
    return 0;
}
