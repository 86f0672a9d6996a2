// Skip list with a deterministic LCG for levels: insert, search, delete, ordered scan.
#include <stdio.h>
#include <stdlib.h>

#define MAXLVL 12

typedef struct SNode {
    int key, val;
    int level;
    struct SNode *fwd[MAXLVL];
} SNode;

typedef struct { SNode head; int level, size; unsigned rng; } SkipList;

static int random_level(SkipList *s) {
    int l = 1;
    for (;;) {
        s->rng = s->rng * 1103515245u + 12345u;
        if (((s->rng >> 16) & 3) != 0 || l == MAXLVL) break;
        l++;
    }
    return l;
}

static void sl_init(SkipList *s) {
    for (int i = 0; i < MAXLVL; i++) s->head.fwd[i] = NULL;
    s->level = 1; s->size = 0; s->rng = 42;
}

static void sl_put(SkipList *s, int key, int val) {
    SNode *update[MAXLVL], *x = &s->head;
    for (int i = s->level - 1; i >= 0; i--) {
        while (x->fwd[i] && x->fwd[i]->key < key) x = x->fwd[i];
        update[i] = x;
    }
    x = x->fwd[0];
    if (x && x->key == key) { x->val = val; return; }
    int lvl = random_level(s);
    if (lvl > s->level) {
        for (int i = s->level; i < lvl; i++) update[i] = &s->head;
        s->level = lvl;
    }
    SNode *n = malloc(sizeof *n);
    n->key = key; n->val = val; n->level = lvl;
    for (int i = 0; i < lvl; i++) { n->fwd[i] = update[i]->fwd[i]; update[i]->fwd[i] = n; }
    for (int i = lvl; i < MAXLVL; i++) n->fwd[i] = NULL;
    s->size++;
}

static SNode *sl_find(SkipList *s, int key, int *steps) {
    SNode *x = &s->head;
    for (int i = s->level - 1; i >= 0; i--)
        while (x->fwd[i] && x->fwd[i]->key < key) { x = x->fwd[i]; ++*steps; }
    x = x->fwd[0];
    return x && x->key == key ? x : NULL;
}

static int sl_del(SkipList *s, int key) {
    SNode *update[MAXLVL], *x = &s->head;
    for (int i = s->level - 1; i >= 0; i--) {
        while (x->fwd[i] && x->fwd[i]->key < key) x = x->fwd[i];
        update[i] = x;
    }
    x = x->fwd[0];
    if (!x || x->key != key) return 0;
    for (int i = 0; i < x->level; i++) update[i]->fwd[i] = x->fwd[i];
    free(x);
    while (s->level > 1 && !s->head.fwd[s->level - 1]) s->level--;
    s->size--;
    return 1;
}

int main(void) {
    SkipList s;
    sl_init(&s);
    for (int i = 0; i < 400; i++) sl_put(&s, (i * 263) % 1000, i);
    printf("size %d level %d\n", s.size, s.level);
    int per_level[MAXLVL] = {0};
    for (SNode *x = s.head.fwd[0]; x; x = x->fwd[0]) per_level[x->level - 1]++;
    for (int i = 0; i < s.level; i++) printf("level %2d: %d nodes\n", i + 1, per_level[i]);
    int steps = 0, hits = 0;
    for (int k = 0; k < 1000; k += 7) if (sl_find(&s, k, &steps)) hits++;
    printf("hits %d steps %d\n", hits, steps);
    int del = 0;
    for (int k = 0; k < 1000; k += 2) del += sl_del(&s, k);
    printf("deleted %d size %d level %d\nfirst 20:", del, s.size, s.level);
    int c = 0;
    unsigned sum = 0;
    for (SNode *x = s.head.fwd[0]; x; x = x->fwd[0]) {
        if (c++ < 20) printf(" %d:%d", x->key, x->val);
        sum = sum * 33u + (unsigned)x->val;
    }
    printf("\nsum %u\n", sum);
    while (s.head.fwd[0]) sl_del(&s, s.head.fwd[0]->key);
    printf("empty size %d level %d\n", s.size, s.level);
    return 0;
}
