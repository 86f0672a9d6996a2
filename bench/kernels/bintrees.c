/* binary-trees of the Computer Language Benchmarks Game, with a bump allocator
 * over a static array of nodes instead of malloc: recursive allocation and
 * traversal of pointer-linked trees. */
#include "bench.h"

#define MAX_DEPTH 14
#define MIN_DEPTH 4
#define ARENA_NODES (1 << (MAX_DEPTH + 2))  /* the stretch tree, or two trees of MAX_DEPTH */

struct tree {
    struct tree *left, *right;
};

static struct tree arena[ARENA_NODES];
static u32 arena_used;

static struct tree *alloc_node(void) {
    if (arena_used >= ARENA_NODES)
        return 0;
    return &arena[arena_used++];
}

static struct tree *build(int depth) {
    struct tree *t = alloc_node();
    if (!t)
        return 0;
    if (depth > 0) {
        t->left = build(depth - 1);
        t->right = build(depth - 1);
    } else {
        t->left = t->right = 0;
    }
    return t;
}

static u32 check(const struct tree *t) {
    if (!t)
        return 0;
    return 1 + check(t->left) + check(t->right);
}

EXPORT unsigned run(void) {
    u32 h = CHECK_INIT;
    for (int s = 0; s < SCALE; s++) {
        arena_used = 0;
        h = mix(h, check(build(MAX_DEPTH + 1)));           /* stretch tree */
        arena_used = 0;
        struct tree *long_lived = build(MAX_DEPTH);
        u32 mark = arena_used;
        for (int d = MIN_DEPTH; d <= MAX_DEPTH; d += 2) {
            u32 iterations = 1u << (MAX_DEPTH - d + MIN_DEPTH);
            u32 total = 0;
            for (u32 i = 0; i < iterations; i++) {
                arena_used = mark;                          /* free the last tree */
                total += check(build(d));
            }
            h = mix(mix(h, iterations), total);
        }
        h = mix(h, check(long_lived));
    }
    return h;
}
