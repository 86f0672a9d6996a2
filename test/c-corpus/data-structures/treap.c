// Treap with split/merge: ordered set with k-th element, range counting and reversal-free ops.
#include <stdio.h>
#include <stdlib.h>

typedef struct T { int key; unsigned prio; int size; struct T *l, *r; } T;

static unsigned seed = 0x9E3779B9u;
static unsigned next_prio(void) { seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5; return seed; }
static int sz(T *t) { return t ? t->size : 0; }
static void pull(T *t) { t->size = 1 + sz(t->l) + sz(t->r); }

/* split into keys < k and keys >= k */
static void split(T *t, int k, T **a, T **b) {
    if (!t) { *a = *b = NULL; return; }
    if (t->key < k) { split(t->r, k, &t->r, b); *a = t; }
    else { split(t->l, k, a, &t->l); *b = t; }
    pull(t);
}

static T *merge(T *a, T *b) {
    if (!a) return b;
    if (!b) return a;
    if (a->prio > b->prio) { a->r = merge(a->r, b); pull(a); return a; }
    b->l = merge(a, b->l); pull(b); return b;
}

static int contains(T *t, int k) { while (t) { if (k == t->key) return 1; t = k < t->key ? t->l : t->r; } return 0; }

static T *insert(T *t, int k) {
    if (contains(t, k)) return t;
    T *n = malloc(sizeof *n);
    n->key = k; n->prio = next_prio(); n->size = 1; n->l = n->r = NULL;
    T *a, *b;
    split(t, k, &a, &b);
    return merge(merge(a, n), b);
}

static T *erase(T *t, int k) {
    T *a, *b, *m, *c;
    split(t, k, &a, &b);
    split(b, k + 1, &m, &c);
    free(m); /* at most one node */
    return merge(a, c);
}

static int kth(T *t, int k) {
    while (t) {
        if (k < sz(t->l)) t = t->l;
        else if (k == sz(t->l)) return t->key;
        else { k -= sz(t->l) + 1; t = t->r; }
    }
    return -1;
}

static int count_range(T **t, int lo, int hi) { /* keys in [lo, hi) */
    T *a, *b, *c;
    split(*t, lo, &a, &b);
    split(b, hi, &b, &c);
    int n = sz(b);
    *t = merge(merge(a, b), c);
    return n;
}

static int depth(T *t) { if (!t) return 0; int a = depth(t->l), b = depth(t->r); return 1 + (a > b ? a : b); }
static void freeall(T *t) { if (t) { freeall(t->l); freeall(t->r); free(t); } }

int main(void) {
    T *t = NULL;
    for (int i = 0; i < 3000; i++) t = insert(t, (i * 37 + 11) % 2503);
    printf("size %d depth %d\n", sz(t), depth(t));
    for (int k = 0; k < sz(t); k += 400) printf("kth(%d) = %d\n", k, kth(t, k));
    printf("range [100,200): %d, [0,2503): %d, [2400,9999): %d\n", count_range(&t, 100, 200), 0, 0);
    int r1 = count_range(&t, 0, 2503), r2 = count_range(&t, 2400, 9999);
    printf("ranges %d %d\n", r1, r2);
    for (int k = 0; k < 2503; k += 3) t = erase(t, k);
    printf("after erase size %d depth %d median %d\n", sz(t), depth(t), kth(t, sz(t) / 2));
    unsigned h = 0;
    for (int k = 0; k < sz(t); k++) h = h * 31u + (unsigned)kth(t, k);
    printf("hash %u\n", h);
    freeall(t);
    return 0;
}
