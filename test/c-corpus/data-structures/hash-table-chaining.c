// String-keyed hash table with separate chaining and rehashing.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Entry {
    char *key;
    int value;
    struct Entry *next;
} Entry;

typedef struct {
    Entry **buckets;
    unsigned nbuckets, count;
} Map;

static unsigned hash(const char *s) {
    unsigned h = 2166136261u;
    while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
    return h;
}

static void map_init(Map *m, unsigned n) {
    m->buckets = calloc(n, sizeof *m->buckets);
    m->nbuckets = n;
    m->count = 0;
}

static void rehash(Map *m) {
    unsigned n = m->nbuckets * 2;
    Entry **nb = calloc(n, sizeof *nb);
    for (unsigned i = 0; i < m->nbuckets; i++) {
        Entry *e = m->buckets[i];
        while (e) {
            Entry *next = e->next;
            unsigned b = hash(e->key) % n;
            e->next = nb[b];
            nb[b] = e;
            e = next;
        }
    }
    free(m->buckets);
    m->buckets = nb;
    m->nbuckets = n;
}

static int *map_get(Map *m, const char *key, int create) {
    unsigned b = hash(key) % m->nbuckets;
    for (Entry *e = m->buckets[b]; e; e = e->next)
        if (strcmp(e->key, key) == 0) return &e->value;
    if (!create) return NULL;
    if (m->count + 1 > m->nbuckets * 3 / 4) {
        rehash(m);
        b = hash(key) % m->nbuckets;
    }
    Entry *e = malloc(sizeof *e);
    e->key = strdup(key);
    e->value = 0;
    e->next = m->buckets[b];
    m->buckets[b] = e;
    m->count++;
    return &e->value;
}

static int map_del(Map *m, const char *key) {
    Entry **pp = &m->buckets[hash(key) % m->nbuckets];
    for (; *pp; pp = &(*pp)->next) {
        if (strcmp((*pp)->key, key) == 0) {
            Entry *d = *pp;
            *pp = d->next;
            free(d->key);
            free(d);
            m->count--;
            return 1;
        }
    }
    return 0;
}

static void map_free(Map *m) {
    for (unsigned i = 0; i < m->nbuckets; i++) {
        Entry *e = m->buckets[i];
        while (e) { Entry *n = e->next; free(e->key); free(e); e = n; }
    }
    free(m->buckets);
}

int main(void) {
    static const char *words[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
                                  "theta", "iota", "kappa", "lambda", "mu"};
    Map m;
    map_init(&m, 4);
    char key[32];
    for (int i = 0; i < 500; i++) {
        snprintf(key, sizeof key, "%s-%d", words[i % 12], (i * 37) % 61);
        (*map_get(&m, key, 1)) += i;
    }
    printf("count %u buckets %u\n", m.count, m.nbuckets);
    unsigned longest = 0, used = 0;
    for (unsigned i = 0; i < m.nbuckets; i++) {
        unsigned len = 0;
        for (Entry *e = m.buckets[i]; e; e = e->next) len++;
        if (len) used++;
        if (len > longest) longest = len;
    }
    printf("used buckets %u longest chain %u\n", used, longest);
    for (int i = 0; i < 12; i++) {
        snprintf(key, sizeof key, "%s-%d", words[i], i * 5);
        int *v = map_get(&m, key, 0);
        printf("%-12s -> %d\n", key, v ? *v : -1);
    }
    int deleted = 0;
    for (int i = 0; i < 61; i += 2) {
        snprintf(key, sizeof key, "%s-%d", words[i % 12], i);
        deleted += map_del(&m, key);
    }
    long total = 0;
    for (unsigned i = 0; i < m.nbuckets; i++)
        for (Entry *e = m.buckets[i]; e; e = e->next) total += e->value;
    printf("deleted %d remaining %u total %ld\n", deleted, m.count, total);
    map_free(&m);
    return 0;
}
