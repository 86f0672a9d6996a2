// Singly linked list: push, append, reverse, remove, merge sort, dedup.
#include <stdio.h>
#include <stdlib.h>

typedef struct Node {
    int value;
    struct Node *next;
} Node;

static Node *new_node(int v, Node *next) {
    Node *n = malloc(sizeof *n);
    if (!n) exit(3);
    n->value = v;
    n->next = next;
    return n;
}

static void print_list(const char *tag, const Node *n) {
    printf("%-8s:", tag);
    for (; n; n = n->next) printf(" %d", n->value);
    printf("\n");
}

static Node *reverse(Node *head) {
    Node *prev = NULL;
    while (head) {
        Node *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

static Node *merge(Node *a, Node *b) {
    Node dummy = {0, NULL};
    Node *tail = &dummy;
    while (a && b) {
        if (a->value <= b->value) { tail->next = a; a = a->next; }
        else { tail->next = b; b = b->next; }
        tail = tail->next;
    }
    tail->next = a ? a : b;
    return dummy.next;
}

static Node *merge_sort(Node *head) {
    if (!head || !head->next) return head;
    Node *slow = head, *fast = head->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    Node *second = slow->next;
    slow->next = NULL;
    return merge(merge_sort(head), merge_sort(second));
}

static Node *remove_all(Node *head, int v, int *removed) {
    Node **pp = &head;
    while (*pp) {
        if ((*pp)->value == v) {
            Node *dead = *pp;
            *pp = dead->next;
            free(dead);
            ++*removed;
        } else {
            pp = &(*pp)->next;
        }
    }
    return head;
}

static void dedup_sorted(Node *head) {
    while (head && head->next) {
        if (head->next->value == head->value) {
            Node *dead = head->next;
            head->next = dead->next;
            free(dead);
        } else {
            head = head->next;
        }
    }
}

static int length(const Node *n) { int k = 0; for (; n; n = n->next) k++; return k; }

static void free_list(Node *n) { while (n) { Node *next = n->next; free(n); n = next; } }

int main(void) {
    Node *head = NULL;
    unsigned seed = 12345;
    for (int i = 0; i < 40; i++) {
        seed = seed * 1103515245u + 12345u;
        head = new_node((int)((seed >> 16) % 50), head);
    }
    print_list("initial", head);
    head = reverse(head);
    print_list("reversed", head);
    int removed = 0;
    head = remove_all(head, 7, &removed);
    head = remove_all(head, 13, &removed);
    printf("removed %d, length %d\n", removed, length(head));
    head = merge_sort(head);
    print_list("sorted", head);
    dedup_sorted(head);
    print_list("dedup", head);
    unsigned long sum = 0;
    for (Node *n = head; n; n = n->next) sum = (sum * 31 + (unsigned long)n->value) % 1000003;
    printf("checksum %lu length %d\n", sum, length(head));
    free_list(head);
    return 0;
}
