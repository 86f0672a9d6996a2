// An unrolled linked list (nodes holding small arrays): insert at index with node splitting, delete with merging, iteration.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CAP 8
typedef struct U { int n; int items[CAP]; struct U *next; } U;
typedef struct { U *head; int size, nodes; } UList;

static void insert_at(UList *l, int pos, int v) {
    if (!l->head) { l->head = calloc(1, sizeof(U)); l->nodes = 1; }
    U *u = l->head;
    while (pos > u->n && u->next) { pos -= u->n; u = u->next; }
    if (u->n == CAP) { /* split in half */
        U *nu = calloc(1, sizeof(U));
        nu->n = CAP / 2;
        memcpy(nu->items, u->items + CAP / 2, sizeof(int) * (CAP / 2));
        u->n = CAP / 2;
        nu->next = u->next;
        u->next = nu;
        l->nodes++;
        if (pos > u->n) { pos -= u->n; u = nu; }
    }
    memmove(u->items + pos + 1, u->items + pos, sizeof(int) * (size_t)(u->n - pos));
    u->items[pos] = v;
    u->n++;
    l->size++;
}

static int remove_at(UList *l, int pos) {
    U *u = l->head, *prev = NULL;
    while (pos >= u->n) { pos -= u->n; prev = u; u = u->next; }
    int v = u->items[pos];
    memmove(u->items + pos, u->items + pos + 1, sizeof(int) * (size_t)(u->n - pos - 1));
    u->n--;
    l->size--;
    if (u->next && u->n + u->next->n <= CAP / 2 * 3 / 2) { /* merge with next when both are sparse */
        U *nx = u->next;
        memcpy(u->items + u->n, nx->items, sizeof(int) * (size_t)nx->n);
        u->n += nx->n;
        u->next = nx->next;
        free(nx);
        l->nodes--;
    } else if (u->n == 0 && prev) { prev->next = u->next; free(u); l->nodes--; }
    return v;
}

static int get(const UList *l, int pos) { const U *u = l->head; while (pos >= u->n) { pos -= u->n; u = u->next; } return u->items[pos]; }

int main(void) {
    UList l = {NULL, 0, 0};
    for (int i = 0; i < 100; i++) insert_at(&l, (i * 37) % (l.size + 1), i);
    printf("size %d nodes %d\n", l.size, l.nodes);
    unsigned h = 0;
    for (int i = 0; i < l.size; i++) h = h * 31 + (unsigned)get(&l, i);
    printf("first 16:");
    for (int i = 0; i < 16; i++) printf(" %d", get(&l, i));
    printf("\nhash %u\n", h);
    long removed_sum = 0;
    for (int k = 0; k < 70; k++) removed_sum += remove_at(&l, (k * 13) % l.size);
    printf("after removals size %d nodes %d removed sum %ld\n", l.size, l.nodes, removed_sum);
    printf("remaining:");
    for (U *u = l.head; u; u = u->next) { printf(" |"); for (int i = 0; i < u->n; i++) printf(" %d", u->items[i]); }
    printf("\n");
    while (l.head) { U *n = l.head->next; free(l.head); l.head = n; }
    return 0;
}
