// Doubly linked list with sentinel: insert, delete, splice, rotate, iterate both ways.
#include <stdio.h>
#include <stdlib.h>

typedef struct DNode {
    struct DNode *prev, *next;
    int key;
} DNode;

typedef struct { DNode head; int size; } DList;

static void dl_init(DList *l) { l->head.prev = l->head.next = &l->head; l->size = 0; }

static DNode *dl_insert_after(DList *l, DNode *pos, int key) {
    DNode *n = malloc(sizeof *n);
    n->key = key;
    n->prev = pos;
    n->next = pos->next;
    pos->next->prev = n;
    pos->next = n;
    l->size++;
    return n;
}

static void dl_unlink(DList *l, DNode *n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
    l->size--;
}

static void dl_print(const char *tag, DList *l) {
    printf("%s [%d]:", tag, l->size);
    for (DNode *n = l->head.next; n != &l->head; n = n->next) printf(" %d", n->key);
    printf(" |");
    for (DNode *n = l->head.prev; n != &l->head; n = n->prev) printf(" %d", n->key);
    printf("\n");
}

static void dl_rotate(DList *l, int k) {
    while (k-- > 0 && l->size > 1) {
        DNode *first = l->head.next;
        dl_unlink(l, first);
        l->size++;
        first->prev = l->head.prev;
        first->next = &l->head;
        l->head.prev->next = first;
        l->head.prev = first;
    }
}

/* move all nodes of src to the end of dst */
static void dl_splice(DList *dst, DList *src) {
    if (src->size == 0) return;
    DNode *f = src->head.next, *b = src->head.prev;
    f->prev = dst->head.prev;
    dst->head.prev->next = f;
    b->next = &dst->head;
    dst->head.prev = b;
    dst->size += src->size;
    dl_init(src);
}

static void dl_free(DList *l) {
    DNode *n = l->head.next;
    while (n != &l->head) { DNode *nx = n->next; free(n); n = nx; }
    dl_init(l);
}

int main(void) {
    DList a, b;
    dl_init(&a);
    dl_init(&b);
    for (int i = 1; i <= 10; i++) dl_insert_after(&a, a.head.prev, i * i);
    for (int i = 1; i <= 5; i++) dl_insert_after(&b, &b.head, -i);
    dl_print("a", &a);
    dl_print("b", &b);
    /* delete every node with an odd key */
    for (DNode *n = a.head.next; n != &a.head;) {
        DNode *nx = n->next;
        if (n->key & 1) { dl_unlink(&a, n); free(n); }
        n = nx;
    }
    dl_print("a even", &a);
    dl_rotate(&a, 3);
    dl_print("a rot3", &a);
    dl_splice(&a, &b);
    dl_print("a+b", &a);
    dl_print("b", &b);
    /* insert in sorted position */
    DList s;
    dl_init(&s);
    int vals[] = {5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        DNode *pos = &s.head;
        while (pos->next != &s.head && pos->next->key < vals[i]) pos = pos->next;
        dl_insert_after(&s, pos, vals[i]);
    }
    dl_print("sorted", &s);
    unsigned check = 0;
    for (DNode *n = a.head.next; n != &a.head; n = n->next) check = check * 7u + (unsigned)n->key;
    printf("check %u\n", check);
    dl_free(&a);
    dl_free(&s);
    return 0;
}
