/* An unbalanced binary search tree, one malloc'd block per node, under a
 * random mix of insertions, lookups and deletions (the two-children case
 * replaces the node by its in-order successor), then an in-order walk and the
 * freeing of every node.  Random keys keep the depth near 2 ln n. */
#define BENCH_HEAP
#include "bench.h"

#define KEYSPACE (1u << 17)
#define PREFILL 40000
#define OPS (2500000 * SCALE)

struct node {
    u32 key;
    u32 value;
    struct node *left, *right;
};

static struct node *root;
static u32 live;

static struct node *lookup(u32 key) {
    struct node *n = root;
    while (n && n->key != key)
        n = key < n->key ? n->left : n->right;
    return n;
}

/* Inserts or updates; returns 0 when malloc fails. */
static int insert(u32 key, u32 value) {
    struct node **p = &root;
    while (*p) {
        if ((*p)->key == key) {
            (*p)->value = value;
            return 1;
        }
        p = key < (*p)->key ? &(*p)->left : &(*p)->right;
    }
    struct node *n = malloc(sizeof *n);
    if (!n)
        return 0;
    n->key = key;
    n->value = value;
    n->left = n->right = 0;
    *p = n;
    live++;
    return 1;
}

static int erase(u32 key) {
    struct node **p = &root;
    while (*p && (*p)->key != key)
        p = key < (*p)->key ? &(*p)->left : &(*p)->right;
    struct node *n = *p;
    if (!n)
        return 0;
    if (!n->left) {
        *p = n->right;
    } else if (!n->right) {
        *p = n->left;
    } else {
        /* Unlink the successor (leftmost of the right subtree) and put it in n's place. */
        struct node **s = &n->right;
        while ((*s)->left)
            s = &(*s)->left;
        struct node *succ = *s;
        *s = succ->right;
        succ->left = n->left;
        succ->right = n->right;
        *p = succ;
    }
    free(n);
    live--;
    return 1;
}

static u32 walk_hash, walk_count;

static void walk(const struct node *n, u32 depth, u32 *max_depth) {
    while (n) {
        if (depth > *max_depth)
            *max_depth = depth;
        walk(n->left, depth + 1, max_depth);
        walk_hash = walk_hash * 31 + n->key + n->value;
        walk_count++;
        n = n->right;
        depth++;
    }
}

static void free_tree(struct node *n) {
    while (n) {
        free_tree(n->left);
        struct node *right = n->right;
        free(n);
        n = right;
    }
}

EXPORT unsigned run(void) {
    root = 0;
    live = 0;
    u32 seed = 1234567u, h = CHECK_INIT, failed = 0, found = 0, sum = 0, erased = 0;
    for (int i = 0; i < PREFILL; i++) {
        u32 r = xorshift32(&seed);
        failed += (u32)!insert(r % KEYSPACE, r);
    }
    for (int i = 0; i < OPS; i++) {
        u32 r = xorshift32(&seed);
        u32 key = r % KEYSPACE;
        switch ((r >> 24) & 3) {
        case 0:
            failed += (u32)!insert(key, r);
            break;
        case 1:
            erased += (u32)erase(key);
            break;
        default: {
            struct node *n = lookup(key);
            if (n) {
                found++;
                sum += n->value;
            }
        }
        }
    }
    u32 max_depth = 0;
    walk_hash = 0;
    walk_count = 0;
    walk(root, 1, &max_depth);
    h = mix(h, walk_hash);
    h = mix(h, walk_count);
    h = mix(h, max_depth);
    h = mix(h, found);
    h = mix(h, sum);
    h = mix(h, erased);
    h = mix(h, live);
    free_tree(root);
    root = 0;
    return mix(h, failed);
}
