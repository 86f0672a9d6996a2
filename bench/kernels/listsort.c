/* Merge sort of a singly linked list (bottom-up, pointer relinking only) of
 * nodes from a static pool, repeated on shuffled data: pointer chasing with
 * little arithmetic, the worst case for handle-sized pointers. */
#include "bench.h"

#define N 50000
#define REPS (3 * SCALE)

struct item {
    struct item *next;
    u32 key;
    u32 index;
};

static struct item items[N];

static struct item *merge(struct item *a, struct item *b) {
    struct item head, *tail = &head;
    while (a && b) {
        if (a->key <= b->key) {
            tail->next = a;
            a = a->next;
        } else {
            tail->next = b;
            b = b->next;
        }
        tail = tail->next;
    }
    tail->next = a ? a : b;
    return head.next;
}

/* Recursive top-down merge sort: split with slow/fast pointers. */
static struct item *sort(struct item *list) {
    if (!list || !list->next)
        return list;
    struct item *slow = list, *fast = list->next;
    while (fast && fast->next) {
        slow = slow->next;
        fast = fast->next->next;
    }
    struct item *second = slow->next;
    slow->next = 0;
    return merge(sort(list), sort(second));
}

EXPORT unsigned run(void) {
    u32 seed = 1234567u;
    u32 h = CHECK_INIT;
    for (int r = 0; r < REPS; r++) {
        /* Link the items in a shuffled order (Fisher-Yates on the links). */
        static u32 order[N];
        for (u32 i = 0; i < N; i++)
            order[i] = i;
        for (u32 i = N - 1; i > 0; i--) {
            u32 j = xorshift32(&seed) % (i + 1);
            u32 t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (u32 i = 0; i < N; i++) {
            struct item *it = &items[order[i]];
            it->key = xorshift32(&seed) % 100000u;
            it->index = order[i];
            it->next = i + 1 < N ? &items[order[i + 1]] : 0;
        }
        struct item *list = sort(&items[order[0]]);
        u32 n = 0, ok = 1, prev = 0;
        for (struct item *it = list; it; it = it->next) {
            if (it->key < prev)
                ok = 0;
            prev = it->key;
            if ((n & 63) == 0)
                h = mix(h, it->key ^ (it->index << 17));
            n++;
        }
        h = mix(mix(h, n), ok);
    }
    return h;
}
