/* A singly linked list whose every node is its own malloc'd block: built by
 * pushing, walked, filtered (unlink + free), grown by inserting after nodes,
 * reversed in place and finally freed, several rounds.  Pointer chasing and
 * pointer stores over a heap whose order gets scrambled, plus one malloc/free
 * pair per node. */
#define BENCH_HEAP
#include "bench.h"

#define NODES 60000                 /* nodes built per round */
#define ROUNDS (60 * SCALE)

struct node {
    u32 key;
    u32 value;
    struct node *next;
};

static struct node *new_node(u32 key, u32 value, struct node *next) {
    struct node *n = malloc(sizeof *n);
    if (!n)
        return 0;
    n->key = key;
    n->value = value;
    n->next = next;
    return n;
}

EXPORT unsigned run(void) {
    u32 seed = 2463534242u, h = CHECK_INIT, failed = 0;
    for (int round = 0; round < ROUNDS; round++) {
        struct node *head = 0;
        for (int i = 0; i < NODES; i++) {
            u32 r = xorshift32(&seed);
            struct node *n = new_node(r & 0xFFFFF, r >> 12, head);
            if (n)
                head = n;
            else
                failed++;
        }
        /* Walk: sum and count. */
        u32 sum = 0, len = 0;
        for (struct node *n = head; n; n = n->next) {
            sum += n->value;
            len++;
        }
        h = mix(mix(h, sum), len);
        /* Remove (and free) the nodes whose key is divisible by 3. */
        u32 removed = 0;
        for (struct node **p = &head; *p;) {
            struct node *n = *p;
            if (n->key % 3 == 0) {
                *p = n->next;
                free(n);
                removed++;
            } else {
                p = &n->next;
            }
        }
        h = mix(h, removed);
        /* After every node with an odd key, insert a new node. */
        u32 inserted = 0;
        for (struct node *n = head; n; n = n->next)
            if (n->key & 1) {
                struct node *m = new_node(n->key ^ 0x55, n->value + 1, n->next);
                if (!m) {
                    failed++;
                    continue;
                }
                n->next = m;
                n = m;
                inserted++;
            }
        h = mix(h, inserted);
        /* Reverse in place. */
        struct node *prev = 0;
        while (head) {
            struct node *next = head->next;
            head->next = prev;
            prev = head;
            head = next;
        }
        head = prev;
        /* Walk again (order-dependent checksum of a sample), then free everything. */
        u32 pos = 0, acc = 0;
        while (head) {
            struct node *next = head->next;
            if ((pos++ & 255) == 0)
                h = mix(h, head->key);
            acc = acc * 31 + head->value;
            free(head);
            head = next;
        }
        h = mix(mix(h, acc), pos);
    }
    return mix(h, failed);
}
