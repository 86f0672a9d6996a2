// Circular singly linked list: Josephus problem simulated, compared to the closed-form recurrence.
#include <stdio.h>
#include <stdlib.h>

typedef struct Ring { int id; struct Ring *next; } Ring;

static Ring *make_ring(int n) {
    Ring *first = NULL, *last = NULL;
    for (int i = 1; i <= n; i++) {
        Ring *r = malloc(sizeof *r);
        r->id = i;
        r->next = NULL;
        if (!first) first = r; else last->next = r;
        last = r;
    }
    last->next = first;
    return last; /* pointer to the node before the first */
}

static int simulate(int n, int k, int verbose) {
    Ring *prev = make_ring(n);
    int alive = n;
    if (verbose) printf("n=%d k=%d order:", n, k);
    while (alive > 1) {
        for (int s = 1; s < k; s++) prev = prev->next;
        Ring *dead = prev->next;
        prev->next = dead->next;
        if (verbose) printf(" %d", dead->id);
        free(dead);
        alive--;
    }
    int survivor = prev->id;
    free(prev);
    if (verbose) printf(" | survivor %d\n", survivor);
    return survivor;
}

static int formula(int n, int k) {
    int r = 0;
    for (int i = 2; i <= n; i++) r = (r + k) % i;
    return r + 1;
}

int main(void) {
    simulate(7, 3, 1);
    simulate(10, 2, 1);
    simulate(13, 5, 1);
    int mismatches = 0;
    for (int n = 1; n <= 60; n++)
        for (int k = 1; k <= 9; k++)
            if (simulate(n, k, 0) != formula(n, k)) mismatches++;
    printf("mismatches %d\n", mismatches);
    printf("table (rows n=1..12, cols k=1..8):\n");
    for (int n = 1; n <= 12; n++) {
        for (int k = 1; k <= 8; k++) printf("%4d", formula(n, k));
        printf("\n");
    }
    printf("J(1000,7)=%d J(41,3)=%d\n", simulate(1000, 7, 0), formula(41, 3));
    return mismatches;
}
