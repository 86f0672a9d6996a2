// Growable ring-buffer deque; used as a sliding-window maximum and as a palindrome checker.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { int *buf; unsigned cap, head, len; } Deque;

static void dq_init(Deque *d) { d->cap = 2; d->buf = malloc(d->cap * sizeof(int)); d->head = d->len = 0; }

static void dq_grow(Deque *d) {
    int *nb = malloc(2 * d->cap * sizeof(int));
    for (unsigned i = 0; i < d->len; i++) nb[i] = d->buf[(d->head + i) % d->cap];
    free(d->buf);
    d->buf = nb; d->cap *= 2; d->head = 0;
}

static void push_back(Deque *d, int v) {
    if (d->len == d->cap) dq_grow(d);
    d->buf[(d->head + d->len++) % d->cap] = v;
}
static void push_front(Deque *d, int v) {
    if (d->len == d->cap) dq_grow(d);
    d->head = (d->head + d->cap - 1) % d->cap;
    d->buf[d->head] = v;
    d->len++;
}
static int pop_front(Deque *d) { int v = d->buf[d->head]; d->head = (d->head + 1) % d->cap; d->len--; return v; }
static int pop_back(Deque *d) { d->len--; return d->buf[(d->head + d->len) % d->cap]; }
static int front(Deque *d) { return d->buf[d->head]; }
static int back(Deque *d) { return d->buf[(d->head + d->len - 1) % d->cap]; }

static int is_pal(const char *s) {
    Deque d;
    dq_init(&d);
    for (; *s; s++) if (*s != ' ') push_back(&d, *s);
    int ok = 1;
    while (d.len > 1) if (pop_front(&d) != pop_back(&d)) { ok = 0; break; }
    free(d.buf);
    return ok;
}

int main(void) {
    Deque d;
    dq_init(&d);
    for (int i = 0; i < 10; i++) { if (i % 2) push_front(&d, i); else push_back(&d, i); }
    printf("cap %u len %u:", d.cap, d.len);
    for (unsigned i = 0; i < d.len; i++) printf(" %d", d.buf[(d.head + i) % d.cap]);
    printf("\n");
    while (d.len > 3) printf("pop %d %d\n", pop_front(&d), pop_back(&d));
    free(d.buf);

    /* sliding-window maximum over a pseudo-random sequence */
    int a[64];
    unsigned s = 7;
    for (int i = 0; i < 64; i++) { s = s * 69069u + 1u; a[i] = (int)(s >> 24); }
    Deque w;
    dq_init(&w);
    const int k = 5;
    printf("window max:");
    unsigned chk = 0;
    for (int i = 0; i < 64; i++) {
        while (w.len && a[back(&w)] <= a[i]) pop_back(&w);
        push_back(&w, i);
        if (front(&w) <= i - k) pop_front(&w);
        if (i >= k - 1) { printf(" %d", a[front(&w)]); chk = chk * 131u + (unsigned)a[front(&w)]; }
    }
    printf("\nchk %u cap %u\n", chk, w.cap);
    free(w.buf);
    const char *tests[] = {"racecar", "step on no pets", "hello", "a", "", "abca", "never odd or even"};
    for (int i = 0; i < 7; i++) printf("\"%s\" -> %s\n", tests[i], is_pal(tests[i]) ? "palindrome" : "no");
    return 0;
}
