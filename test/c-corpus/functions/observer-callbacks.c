// Observer pattern: event bus with subscriber lists of (callback, context) pairs, unsubscribe during dispatch.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { EV_KEY, EV_TICK, EV_QUIT, EV_COUNT } EventType;
typedef struct { EventType type; int value; } Event;
typedef int (*Callback)(const Event *, void *ctx); /* return 0 to unsubscribe */

typedef struct Sub { Callback cb; void *ctx; int id; struct Sub *next; } Sub;
typedef struct { Sub *subs[EV_COUNT]; int next_id; int delivered; } Bus;

static int subscribe(Bus *b, EventType t, Callback cb, void *ctx) {
    Sub *s = malloc(sizeof *s);
    s->cb = cb; s->ctx = ctx; s->id = ++b->next_id; s->next = NULL;
    Sub **pp = &b->subs[t];
    while (*pp) pp = &(*pp)->next; /* append: deterministic delivery order */
    *pp = s;
    return s->id;
}

static void publish(Bus *b, Event e) {
    Sub **pp = &b->subs[e.type];
    while (*pp) {
        Sub *s = *pp;
        b->delivered++;
        if (!s->cb(&e, s->ctx)) { *pp = s->next; printf("  (subscriber %d unsubscribed)\n", s->id); free(s); }
        else pp = &s->next;
    }
}

typedef struct { char typed[64]; int n; } KeyLog;
static int on_key_log(const Event *e, void *ctx) { KeyLog *k = ctx; if (k->n < 63) { k->typed[k->n++] = (char)e->value; k->typed[k->n] = 0; } return 1; }
static int on_key_vowels(const Event *e, void *ctx) { if (strchr("aeiou", e->value)) ++*(int *)ctx; return 1; }
static int on_key_first3(const Event *e, void *ctx) { int *left = ctx; printf("  first3 saw '%c'\n", e->value); return --*left > 0; }
static int on_tick(const Event *e, void *ctx) { long *sum = ctx; *sum += e->value; return 1; }
static int on_tick_until(const Event *e, void *ctx) { int limit = *(int *)ctx; if (e->value >= limit) { printf("  tick limit %d reached\n", limit); return 0; } return 1; }
static int on_quit(const Event *e, void *ctx) { printf("  quit with code %d (ctx %s)\n", e->value, (const char *)ctx); return 1; }

int main(void) {
    Bus bus;
    memset(&bus, 0, sizeof bus);
    KeyLog log = {{0}, 0};
    int vowels = 0, left = 3, limit = 40;
    long ticks = 0;
    subscribe(&bus, EV_KEY, on_key_log, &log);
    subscribe(&bus, EV_KEY, on_key_first3, &left);
    subscribe(&bus, EV_KEY, on_key_vowels, &vowels);
    subscribe(&bus, EV_TICK, on_tick, &ticks);
    subscribe(&bus, EV_TICK, on_tick_until, &limit);
    subscribe(&bus, EV_QUIT, on_quit, "main");
    const char *typed = "hello observer";
    for (int i = 0; typed[i]; i++) {
        publish(&bus, (Event){EV_KEY, typed[i]});
        if (i % 2 == 0) publish(&bus, (Event){EV_TICK, i * 5});
    }
    publish(&bus, (Event){EV_QUIT, 3});
    printf("typed '%s', vowels %d, ticks sum %ld, deliveries %d\n", log.typed, vowels, ticks, bus.delivered);
    int remaining = 0;
    for (int t = 0; t < EV_COUNT; t++)
        while (bus.subs[t]) { Sub *n = bus.subs[t]->next; free(bus.subs[t]); bus.subs[t] = n; remaining++; }
    printf("remaining subscribers freed: %d\n", remaining);
    return 0;
}
