// LRU cache: hash map of nodes plus a recency doubly linked list; simulates a memoised function.
#include <stdio.h>
#include <stdlib.h>

typedef struct LNode {
    int key;
    long long value;
    struct LNode *prev, *next, *hnext;
} LNode;

typedef struct {
    LNode **table;
    int nbuckets, cap, size;
    LNode head; /* sentinel: head.next is most recent */
    int hits, misses, evictions;
} LRU;

static void lru_init(LRU *c, int cap) {
    c->nbuckets = 31;
    c->table = calloc((size_t)c->nbuckets, sizeof(LNode *));
    c->cap = cap; c->size = 0;
    c->head.prev = c->head.next = &c->head;
    c->hits = c->misses = c->evictions = 0;
}

static unsigned bucket(LRU *c, int key) { return (unsigned)key * 2654435761u % (unsigned)c->nbuckets; }

static void unlink_node(LNode *n) { n->prev->next = n->next; n->next->prev = n->prev; }
static void push_front(LRU *c, LNode *n) {
    n->next = c->head.next; n->prev = &c->head;
    c->head.next->prev = n; c->head.next = n;
}

static LNode *lookup(LRU *c, int key) {
    for (LNode *n = c->table[bucket(c, key)]; n; n = n->hnext) if (n->key == key) return n;
    return NULL;
}

static void evict(LRU *c) {
    LNode *victim = c->head.prev;
    unlink_node(victim);
    LNode **pp = &c->table[bucket(c, victim->key)];
    while (*pp != victim) pp = &(*pp)->hnext;
    *pp = victim->hnext;
    free(victim);
    c->size--;
    c->evictions++;
}

static int get(LRU *c, int key, long long *out) {
    LNode *n = lookup(c, key);
    if (!n) { c->misses++; return 0; }
    c->hits++;
    unlink_node(n);
    push_front(c, n);
    *out = n->value;
    return 1;
}

static void put(LRU *c, int key, long long value) {
    LNode *n = lookup(c, key);
    if (n) { n->value = value; unlink_node(n); push_front(c, n); return; }
    if (c->size == c->cap) evict(c);
    n = malloc(sizeof *n);
    n->key = key; n->value = value;
    unsigned b = bucket(c, key);
    n->hnext = c->table[b]; c->table[b] = n;
    push_front(c, n);
    c->size++;
}

static LRU cache;

/* number of ways to write n as an ordered sum of 1, 3 and 4, memoised through the cache */
static long long ways(int n) {
    if (n < 0) return 0;
    if (n == 0) return 1;
    long long v;
    if (get(&cache, n, &v)) return v;
    v = ways(n - 1) + ways(n - 3) + ways(n - 4);
    put(&cache, n, v);
    return v;
}

int main(void) {
    lru_init(&cache, 8);
    for (int n = 0; n <= 80; n += 10) printf("ways(%d) = %lld\n", n, ways(n));
    printf("hits %d misses %d evictions %d size %d\n", cache.hits, cache.misses, cache.evictions, cache.size);
    printf("recency:");
    for (LNode *n = cache.head.next; n != &cache.head; n = n->next) printf(" %d", n->key);
    printf("\n");
    /* access pattern test */
    LRU c2;
    lru_init(&c2, 4);
    int pattern[] = {1, 2, 3, 1, 4, 5, 2, 1, 3, 6, 1, 2, 7, 1, 5};
    long long v;
    for (unsigned i = 0; i < sizeof pattern / sizeof *pattern; i++) {
        int k = pattern[i];
        if (!get(&c2, k, &v)) put(&c2, k, k * 100);
        printf("%d%s", k, i + 1 < sizeof pattern / sizeof *pattern ? "," : "\n");
    }
    printf("c2 hits %d misses %d evictions %d\n", c2.hits, c2.misses, c2.evictions);
    while (cache.size) evict(&cache);
    while (c2.size) evict(&c2);
    free(cache.table); free(c2.table);
    return 0;
}
