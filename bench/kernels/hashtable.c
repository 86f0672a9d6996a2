/* Separate-chaining hash table whose nodes are linked by pointers, taken from
 * a static pool with a free list: inserts, lookups and deletions.  Pointers
 * stored in structs are the interesting case for MSWasm's 16-byte handles. */
#include "bench.h"

#define NBUCKETS 4096               /* power of two */
#define POOL 20000                  /* most live entries at once */
#define OPS (600000 * SCALE)
#define KEYSPACE 30000u

struct node {
    u32 key;
    u32 value;
    struct node *next;
};

static struct node pool[POOL];
static struct node *free_list;
static struct node *buckets[NBUCKETS];
static u32 live;

static u32 hash(u32 k) {
    k ^= k >> 16;
    k *= 0x7feb352du;
    k ^= k >> 15;
    k *= 0x846ca68bu;
    k ^= k >> 16;
    return k & (NBUCKETS - 1);
}

static struct node *lookup(u32 key) {
    for (struct node *n = buckets[hash(key)]; n; n = n->next)
        if (n->key == key)
            return n;
    return 0;
}

/* Inserts or updates; returns 0 when the pool is exhausted. */
static int insert(u32 key, u32 value) {
    struct node **head = &buckets[hash(key)];
    for (struct node *n = *head; n; n = n->next)
        if (n->key == key) {
            n->value = value;
            return 1;
        }
    struct node *n = free_list;
    if (!n)
        return 0;
    free_list = n->next;
    n->key = key;
    n->value = value;
    n->next = *head;
    *head = n;
    live++;
    return 1;
}

static int erase(u32 key) {
    for (struct node **p = &buckets[hash(key)]; *p; p = &(*p)->next)
        if ((*p)->key == key) {
            struct node *n = *p;
            *p = n->next;
            n->next = free_list;
            free_list = n;
            live--;
            return 1;
        }
    return 0;
}

EXPORT unsigned run(void) {
    for (int i = 0; i < NBUCKETS; i++)
        buckets[i] = 0;
    free_list = 0;
    for (int i = POOL - 1; i >= 0; i--) {
        pool[i].next = free_list;
        free_list = &pool[i];
    }
    live = 0;

    u32 seed = 88172645u, h = CHECK_INIT, found = 0, sum = 0, erased = 0, full = 0;
    for (int i = 0; i < OPS; i++) {
        u32 r = xorshift32(&seed);
        u32 key = r % KEYSPACE;
        switch ((r >> 20) & 7) {
        case 0: case 1: case 2:
            if (!insert(key, r))
                full++;
            break;
        case 3:
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
    /* Walk every chain. */
    u32 chain_max = 0;
    for (int b = 0; b < NBUCKETS; b++) {
        u32 len = 0;
        for (struct node *n = buckets[b]; n; n = n->next) {
            len++;
            h = mix(h, n->key);
        }
        if (len > chain_max)
            chain_max = len;
    }
    h = mix(h, found);
    h = mix(h, sum);
    h = mix(h, erased);
    h = mix(h, full);
    h = mix(h, live);
    return mix(h, chain_max);
}
