// AVL tree with rotations; verifies balance invariants after every operation.
#include <stdio.h>
#include <stdlib.h>

typedef struct AVL {
    int key, height;
    struct AVL *l, *r;
} AVL;

static int h(AVL *n) { return n ? n->height : 0; }
static int maxi(int a, int b) { return a > b ? a : b; }
static void fix(AVL *n) { n->height = 1 + maxi(h(n->l), h(n->r)); }

static int rotations;

static AVL *rot_right(AVL *y) {
    AVL *x = y->l;
    y->l = x->r;
    x->r = y;
    fix(y); fix(x);
    rotations++;
    return x;
}

static AVL *rot_left(AVL *x) {
    AVL *y = x->r;
    x->r = y->l;
    y->l = x;
    fix(x); fix(y);
    rotations++;
    return y;
}

static AVL *balance(AVL *n) {
    fix(n);
    int bf = h(n->l) - h(n->r);
    if (bf > 1) {
        if (h(n->l->l) < h(n->l->r)) n->l = rot_left(n->l);
        return rot_right(n);
    }
    if (bf < -1) {
        if (h(n->r->r) < h(n->r->l)) n->r = rot_right(n->r);
        return rot_left(n);
    }
    return n;
}

static AVL *insert(AVL *n, int key) {
    if (!n) {
        n = malloc(sizeof *n);
        n->key = key; n->height = 1; n->l = n->r = NULL;
        return n;
    }
    if (key < n->key) n->l = insert(n->l, key);
    else if (key > n->key) n->r = insert(n->r, key);
    else return n;
    return balance(n);
}

static AVL *remove_min(AVL *n, AVL **minp) {
    if (!n->l) { *minp = n; return n->r; }
    n->l = remove_min(n->l, minp);
    return balance(n);
}

static AVL *erase(AVL *n, int key) {
    if (!n) return NULL;
    if (key < n->key) n->l = erase(n->l, key);
    else if (key > n->key) n->r = erase(n->r, key);
    else {
        AVL *l = n->l, *r = n->r;
        free(n);
        if (!r) return l;
        AVL *m;
        r = remove_min(r, &m);
        m->l = l; m->r = r;
        return balance(m);
    }
    return balance(n);
}

static int check(AVL *n, int lo, int hi) {
    if (!n) return 0;
    if (n->key <= lo || n->key >= hi) return -1000;
    int a = check(n->l, lo, n->key), b = check(n->r, n->key, hi);
    if (a < 0 || b < 0 || a - b > 1 || b - a > 1 || n->height != 1 + maxi(a, b)) return -1000;
    return n->height;
}

static int count(AVL *n) { return n ? 1 + count(n->l) + count(n->r) : 0; }
static long sum_depth(AVL *n, int d) { return n ? d + sum_depth(n->l, d + 1) + sum_depth(n->r, d + 1) : 0; }
static void freeall(AVL *n) { if (n) { freeall(n->l); freeall(n->r); free(n); } }

int main(void) {
    AVL *root = NULL;
    int bad = 0;
    for (int i = 0; i < 1000; i++) {
        root = insert(root, (i * 7919) % 1009);
        if (check(root, -1, 100000) < 0) bad++;
        if (i % 100 == 99)
            printf("n=%4d height=%2d rotations=%4d depthsum=%ld\n", count(root), h(root), rotations,
                   sum_depth(root, 0));
    }
    for (int i = 0; i < 1009; i += 2) {
        root = erase(root, i);
        if (check(root, -1, 100000) < 0) bad++;
    }
    printf("after erase n=%d height=%d rotations=%d bad=%d\n", count(root), h(root), rotations, bad);
    printf("root key %d, leftmost:", root->key);
    AVL *m = root;
    while (m->l) { printf(" %d", m->key); m = m->l; }
    printf(" %d\n", m->key);
    freeall(root);
    return bad;
}
