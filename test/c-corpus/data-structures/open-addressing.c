// Integer hash set with linear probing and tombstones (Robin-Hood-free, plain probing).
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

enum { EMPTY, FULL, DELETED };

typedef struct {
    uint32_t *keys;
    unsigned char *state;
    uint32_t cap, size, tombs;
    uint64_t probes;
} Set;

static uint32_t mix(uint32_t x) {
    x ^= x >> 16; x *= 0x7feb352dU; x ^= x >> 15; x *= 0x846ca68bU; x ^= x >> 16;
    return x;
}

static void set_init(Set *s, uint32_t cap) {
    s->keys = malloc(cap * sizeof *s->keys);
    s->state = calloc(cap, 1);
    s->cap = cap; s->size = s->tombs = 0; s->probes = 0;
}

static int set_add(Set *s, uint32_t k);

static void grow(Set *s) {
    Set n;
    set_init(&n, s->cap * 2);
    n.probes = s->probes;
    for (uint32_t i = 0; i < s->cap; i++)
        if (s->state[i] == FULL) set_add(&n, s->keys[i]);
    free(s->keys);
    free(s->state);
    *s = n;
}

static int set_add(Set *s, uint32_t k) {
    if ((s->size + s->tombs + 1) * 10 > s->cap * 7) grow(s);
    uint32_t i = mix(k) & (s->cap - 1), tomb = UINT32_MAX;
    for (;;) {
        s->probes++;
        if (s->state[i] == EMPTY) break;
        if (s->state[i] == DELETED) { if (tomb == UINT32_MAX) tomb = i; }
        else if (s->keys[i] == k) return 0;
        i = (i + 1) & (s->cap - 1);
    }
    if (tomb != UINT32_MAX) { i = tomb; s->tombs--; }
    s->state[i] = FULL;
    s->keys[i] = k;
    s->size++;
    return 1;
}

static int set_find(Set *s, uint32_t k) {
    uint32_t i = mix(k) & (s->cap - 1);
    while (s->state[i] != EMPTY) {
        s->probes++;
        if (s->state[i] == FULL && s->keys[i] == k) return (int)i;
        i = (i + 1) & (s->cap - 1);
    }
    return -1;
}

static int set_del(Set *s, uint32_t k) {
    int i = set_find(s, k);
    if (i < 0) return 0;
    s->state[i] = DELETED;
    s->size--; s->tombs++;
    return 1;
}

int main(void) {
    Set s;
    set_init(&s, 8);
    uint32_t added = 0, dup = 0;
    for (uint32_t i = 0; i < 5000; i++) {
        uint32_t k = (i * 2654435761u) % 3001u;
        if (set_add(&s, k)) added++; else dup++;
    }
    printf("added %u dup %u size %u cap %u\n", added, dup, s.size, s.cap);
    uint32_t removed = 0;
    for (uint32_t k = 0; k < 3001; k += 3) removed += set_del(&s, k);
    printf("removed %u size %u tombs %u\n", removed, s.size, s.tombs);
    uint32_t found = 0;
    for (uint32_t k = 0; k < 3100; k++) found += set_find(&s, k) >= 0;
    printf("found %u\n", found);
    for (uint32_t k = 0; k < 3001; k += 6) set_add(&s, k);
    uint64_t h = 0;
    for (uint32_t i = 0; i < s.cap; i++)
        if (s.state[i] == FULL) h += (uint64_t)s.keys[i] * s.keys[i];
    printf("final size %u tombs %u sumsq %llu probes %llu\n", s.size, s.tombs,
           (unsigned long long)h, (unsigned long long)s.probes);
    free(s.keys);
    free(s.state);
    return 0;
}
