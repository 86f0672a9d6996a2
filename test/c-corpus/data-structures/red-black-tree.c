// Left-leaning red-black tree (Sedgewick): insert, rank/select, black-height verification.
#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>

typedef struct RB {
    int key, size;
    bool red;
    struct RB *left, *right;
} RB;

static bool is_red(RB *n) { return n && n->red; }
static int sz(RB *n) { return n ? n->size : 0; }
static void upd(RB *n) { n->size = 1 + sz(n->left) + sz(n->right); }

static RB *rotl(RB *h) { RB *x = h->right; h->right = x->left; x->left = h; x->red = h->red; h->red = true; x->size = h->size; upd(h); return x; }
static RB *rotr(RB *h) { RB *x = h->left; h->left = x->right; x->right = h; x->red = h->red; h->red = true; x->size = h->size; upd(h); return x; }
static void flip(RB *h) { h->red = !h->red; h->left->red = !h->left->red; h->right->red = !h->right->red; }

static RB *put(RB *h, int key) {
    if (!h) { h = malloc(sizeof *h); h->key = key; h->size = 1; h->red = true; h->left = h->right = NULL; return h; }
    if (key < h->key) h->left = put(h->left, key);
    else if (key > h->key) h->right = put(h->right, key);
    if (is_red(h->right) && !is_red(h->left)) h = rotl(h);
    if (is_red(h->left) && is_red(h->left->left)) h = rotr(h);
    if (is_red(h->left) && is_red(h->right)) flip(h);
    upd(h);
    return h;
}

static int rank(RB *h, int key) {
    int r = 0;
    while (h) {
        if (key < h->key) h = h->left;
        else if (key > h->key) { r += 1 + sz(h->left); h = h->right; }
        else return r + sz(h->left);
    }
    return r;
}

static int select_k(RB *h, int k) {
    while (h) {
        int t = sz(h->left);
        if (k < t) h = h->left;
        else if (k > t) { k -= t + 1; h = h->right; }
        else return h->key;
    }
    return -1;
}

/* returns black height or -1 on violation */
static int verify(RB *h) {
    if (!h) return 1;
    if (is_red(h->right)) return -1;
    if (is_red(h) && is_red(h->left)) return -1;
    int l = verify(h->left), r = verify(h->right);
    if (l < 0 || r < 0 || l != r) return -1;
    return l + (h->red ? 0 : 1);
}

static int height(RB *h) { if (!h) return 0; int a = height(h->left), b = height(h->right); return 1 + (a > b ? a : b); }
static void freeall(RB *h) { if (h) { freeall(h->left); freeall(h->right); free(h); } }

int main(void) {
    RB *root = NULL;
    for (int i = 1; i <= 2000; i++) {
        root = put(root, (int)((unsigned)i * 40503u % 65536u));
        root->red = false;
        if (i % 250 == 0) printf("n=%d height=%d blackheight=%d\n", sz(root), height(root), verify(root));
    }
    /* sequential inserts are the worst case for plain BSTs */
    RB *seq = NULL;
    for (int i = 0; i < 1024; i++) { seq = put(seq, i); seq->red = false; }
    printf("sequential: n=%d height=%d blackheight=%d\n", sz(seq), height(seq), verify(seq));
    for (int k = 0; k < 2000; k += 333) printf("select(%d)=%d rank=%d\n", k, select_k(root, k), rank(root, select_k(root, k)));
    printf("rank(30000)=%d rank(-1)=%d rank(70000)=%d\n", rank(root, 30000), rank(root, -1), rank(root, 70000));
    freeall(root);
    freeall(seq);
    return 0;
}
