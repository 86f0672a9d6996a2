// Discrete-event simulation of a bank with two tellers driven by a binary-heap event queue.
#include <stdio.h>
#include <stdlib.h>

typedef enum { ARRIVE, DEPART } Kind;

typedef struct Event {
    long time;
    int seq;
    Kind kind;
    int customer, teller;
} Event;

typedef struct { Event *a; int n, cap; } PQ;

static int before(const Event *x, const Event *y) {
    return x->time != y->time ? x->time < y->time : x->seq < y->seq;
}

static void pq_push(PQ *q, Event e) {
    if (q->n == q->cap) { q->cap = q->cap ? q->cap * 2 : 4; q->a = realloc(q->a, sizeof(Event) * (size_t)q->cap); }
    int i = q->n++;
    while (i > 0 && before(&e, &q->a[(i - 1) / 2])) { q->a[i] = q->a[(i - 1) / 2]; i = (i - 1) / 2; }
    q->a[i] = e;
}

static Event pq_pop(PQ *q) {
    Event top = q->a[0], last = q->a[--q->n];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= q->n) break;
        if (c + 1 < q->n && before(&q->a[c + 1], &q->a[c])) c++;
        if (!before(&q->a[c], &last)) break;
        q->a[i] = q->a[c];
        i = c;
    }
    if (q->n) q->a[i] = last;
    return top;
}

static unsigned rng = 77;
static int rnd(int m) { rng = rng * 1103515245u + 12345u; return (int)((rng >> 16) % (unsigned)m); }

int main(void) {
    PQ q = {0};
    int seq = 0;
    long t = 0;
    enum { CUSTOMERS = 40, TELLERS = 2 };
    long arrival[CUSTOMERS];
    for (int c = 0; c < CUSTOMERS; c++) {
        t += 1 + rnd(6);
        arrival[c] = t;
        pq_push(&q, (Event){t, seq++, ARRIVE, c, -1});
    }
    int busy[TELLERS] = {0}, served[TELLERS] = {0};
    int waiting[CUSTOMERS], wh = 0, wt = 0, maxq = 0;
    long total_wait = 0, now = 0;
    while (q.n) {
        Event e = pq_pop(&q);
        now = e.time;
        if (e.kind == ARRIVE) waiting[wt++] = e.customer;
        else { busy[e.teller] = 0; served[e.teller]++; }
        for (int k = 0; k < TELLERS && wh < wt; k++) {
            if (busy[k]) continue;
            int c = waiting[wh++];
            busy[k] = 1;
            total_wait += now - arrival[c];
            long done = now + 3 + rnd(8);
            if (c % 8 == 0) printf("t=%4ld customer %2d -> teller %d (waited %ld), leaves at %ld\n", now, c, k, now - arrival[c], done);
            pq_push(&q, (Event){done, seq++, DEPART, c, k});
        }
        if (wt - wh > maxq) maxq = wt - wh;
    }
    printf("finished at %ld; served %d + %d; total wait %ld; max queue %d; events %d\n", now, served[0], served[1], total_wait, maxq, seq);
    free(q.a);
    return 0;
}
