// Fixed-size object pool with an intrusive free list (union of next-pointer and payload), reuse ordering, stats.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Particle { double x, y, vx, vy; int alive_ticks; } Particle;

typedef union Slot { union Slot *next_free; Particle p; } Slot;

typedef struct Chunk { Slot slots[32]; struct Chunk *next; } Chunk;

typedef struct { Chunk *chunks; Slot *free_list; int nchunks, in_use, peak; } Pool;

static Particle *pool_get(Pool *pl) {
    if (!pl->free_list) {
        Chunk *c = malloc(sizeof *c);
        c->next = pl->chunks;
        pl->chunks = c;
        pl->nchunks++;
        for (int i = 31; i >= 0; i--) { c->slots[i].next_free = pl->free_list; pl->free_list = &c->slots[i]; }
    }
    Slot *s = pl->free_list;
    pl->free_list = s->next_free;
    if (++pl->in_use > pl->peak) pl->peak = pl->in_use;
    memset(&s->p, 0, sizeof s->p);
    return &s->p;
}

static void pool_put(Pool *pl, Particle *p) {
    Slot *s = (Slot *)p;
    s->next_free = pl->free_list;
    pl->free_list = s;
    pl->in_use--;
}

static void pool_destroy(Pool *pl) { while (pl->chunks) { Chunk *n = pl->chunks->next; free(pl->chunks); pl->chunks = n; } }

int main(void) {
    Pool pool = {NULL, NULL, 0, 0, 0};
    Particle *live[200];
    int nlive = 0;
    unsigned seed = 17;
    double energy = 0;
    for (int tick = 0; tick < 300; tick++) {
        /* spawn */
        int spawn = tick < 150 ? 3 : 1;
        for (int k = 0; k < spawn && nlive < 200; k++) {
            Particle *p = pool_get(&pool);
            seed = seed * 1103515245u + 12345u;
            p->vx = ((int)(seed >> 16 & 0xFF) - 128) / 64.0;
            p->vy = ((int)(seed >> 8 & 0xFF)) / 32.0;
            p->alive_ticks = 10 + (int)(seed >> 24) % 40;
            live[nlive++] = p;
        }
        /* update; remove dead by swapping with the last */
        for (int i = 0; i < nlive;) {
            Particle *p = live[i];
            p->x += p->vx;
            p->y += p->vy;
            p->vy -= 0.25;
            if (--p->alive_ticks <= 0) {
                energy += p->vx * p->vx + p->vy * p->vy;
                pool_put(&pool, p);
                live[i] = live[--nlive];
            } else i++;
        }
        if (tick % 50 == 49) printf("tick %3d live %3d in_use %3d chunks %d peak %d\n", tick, nlive, pool.in_use, pool.nchunks, pool.peak);
    }
    double cx = 0, cy = 0;
    for (int i = 0; i < nlive; i++) { cx += live[i]->x; cy += live[i]->y; }
    printf("remaining %d centroid (%.3f, %.3f) energy %.3f\n", nlive, nlive ? cx / nlive : 0, nlive ? cy / nlive : 0, energy);
    /* LIFO reuse: the most recently freed slot is handed out next */
    Particle *a = pool_get(&pool), *b = pool_get(&pool);
    pool_put(&pool, a);
    Particle *c = pool_get(&pool);
    printf("lifo reuse: %s, distinct: %s\n", c == a ? "yes" : "no", b != c ? "yes" : "no");
    pool_destroy(&pool);
    return 0;
}
