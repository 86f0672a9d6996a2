/* A separate-chaining hash table as a C library would write it: every entry
 * a malloc'd block holding a pointer to its key bytes (a second malloc'd
 * block), the bucket array malloc'd and doubled (rehashing every chain) when
 * the load factor passes 1, and erased entries freed.  Unlike hashtable.c
 * (a static pool), every insertion and deletion goes through malloc/free. */
#define BENCH_HEAP
#include "bench.h"

#define KEYSPACE 200000u
#define OPS (1600000 * SCALE)
#define ROUNDS 2
#define INITIAL_BUCKETS 16

struct entry {
    struct entry *next;
    u32 hash;
    u32 len;
    u8 *key;                        /* len bytes, its own block */
    u32 value;
};

static struct entry **buckets;
static u32 nbuckets, count;

/* The key of number k: 4 to 11 bytes derived from k. */
static u32 make_key(u32 k, u8 *out) {
    u32 len = 4 + k % 8, x = k * 2654435761u + 1;
    for (u32 i = 0; i < len; i++) {
        out[i] = (u8)('a' + x % 26);
        x = x / 26 + k + i;
    }
    return len;
}

static u32 hash_bytes(const u8 *p, u32 len) {
    u32 h = CHECK_INIT;
    for (u32 i = 0; i < len; i++)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

static int same(const struct entry *e, u32 hash, const u8 *key, u32 len) {
    if (e->hash != hash || e->len != len)
        return 0;
    for (u32 i = 0; i < len; i++)
        if (e->key[i] != key[i])
            return 0;
    return 1;
}

static int grow(void) {
    u32 n = nbuckets ? nbuckets * 2 : INITIAL_BUCKETS;
    struct entry **fresh = malloc(n * sizeof *fresh);
    if (!fresh)
        return 0;
    for (u32 i = 0; i < n; i++)
        fresh[i] = 0;
    for (u32 b = 0; b < nbuckets; b++)
        for (struct entry *e = buckets[b]; e;) {
            struct entry *next = e->next;
            struct entry **slot = &fresh[e->hash & (n - 1)];
            e->next = *slot;
            *slot = e;
            e = next;
        }
    free(buckets);
    buckets = fresh;
    nbuckets = n;
    return 1;
}

static struct entry *lookup(const u8 *key, u32 len) {
    u32 hash = hash_bytes(key, len);
    for (struct entry *e = buckets[hash & (nbuckets - 1)]; e; e = e->next)
        if (same(e, hash, key, len))
            return e;
    return 0;
}

/* Inserts or updates; 0 when out of memory. */
static int insert(const u8 *key, u32 len, u32 value) {
    u32 hash = hash_bytes(key, len);
    for (struct entry *e = buckets[hash & (nbuckets - 1)]; e; e = e->next)
        if (same(e, hash, key, len)) {
            e->value = value;
            return 1;
        }
    if (count >= nbuckets && !grow())
        return 0;
    struct entry *e = malloc(sizeof *e);
    u8 *copy = malloc(len);
    if (!e || !copy) {
        free(e);
        free(copy);
        return 0;
    }
    for (u32 i = 0; i < len; i++)
        copy[i] = key[i];
    e->hash = hash;
    e->len = len;
    e->key = copy;
    e->value = value;
    struct entry **slot = &buckets[hash & (nbuckets - 1)];
    e->next = *slot;
    *slot = e;
    count++;
    return 1;
}

static int erase(const u8 *key, u32 len) {
    u32 hash = hash_bytes(key, len);
    for (struct entry **p = &buckets[hash & (nbuckets - 1)]; *p; p = &(*p)->next)
        if (same(*p, hash, key, len)) {
            struct entry *e = *p;
            *p = e->next;
            free(e->key);
            free(e);
            count--;
            return 1;
        }
    return 0;
}

static void destroy(void) {
    for (u32 b = 0; b < nbuckets; b++)
        for (struct entry *e = buckets[b]; e;) {
            struct entry *next = e->next;
            free(e->key);
            free(e);
            e = next;
        }
    free(buckets);
    buckets = 0;
    nbuckets = count = 0;
}

EXPORT unsigned run(void) {
    u32 seed = 362436069u, h = CHECK_INIT, failed = 0;
    u8 key[16];
    for (int round = 0; round < ROUNDS; round++) {
        failed += (u32)!grow();
        u32 found = 0, sum = 0, erased = 0;
        for (int i = 0; i < OPS; i++) {
            u32 r = xorshift32(&seed);
            u32 len = make_key(r % KEYSPACE, key);
            switch ((r >> 25) & 3) {
            case 0:
                failed += (u32)!insert(key, len, r);
                break;
            case 1:
                erased += (u32)erase(key, len);
                break;
            default: {
                struct entry *e = lookup(key, len);
                if (e) {
                    found++;
                    sum += e->value;
                }
            }
            }
        }
        u32 longest = 0;
        for (u32 b = 0; b < nbuckets; b++) {
            u32 n = 0;
            for (struct entry *e = buckets[b]; e; e = e->next)
                n++;
            if (n > longest)
                longest = n;
        }
        h = mix(h, found);
        h = mix(h, sum);
        h = mix(h, erased);
        h = mix(h, count);
        h = mix(h, nbuckets);
        h = mix(h, longest);
        destroy();
    }
    return mix(h, failed);
}
