// Intrusive lists with container_of: one object lives on two lists at once (by age and by group).
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>

typedef struct Link { struct Link *prev, *next; } Link;

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

typedef struct {
    char name[16];
    int age;
    int group;
    Link by_age;
    Link by_group;
} Person;

static void list_init(Link *h) { h->prev = h->next = h; }
static void list_insert_before(Link *pos, Link *n) { n->prev = pos->prev; n->next = pos; pos->prev->next = n; pos->prev = n; }
static void list_remove(Link *n) { n->prev->next = n->next; n->next->prev = n->prev; n->prev = n->next = n; }

static Link ages;
static Link groups[3];

static void add_person(const char *name, int age, int group) {
    Person *p = malloc(sizeof *p);
    strncpy(p->name, name, sizeof p->name - 1);
    p->name[sizeof p->name - 1] = 0;
    p->age = age;
    p->group = group;
    Link *pos = ages.next;
    while (pos != &ages && container_of(pos, Person, by_age)->age <= age) pos = pos->next;
    list_insert_before(pos, &p->by_age);
    list_insert_before(&groups[group], &p->by_group);
}

static void dump(void) {
    printf("by age:");
    for (Link *l = ages.next; l != &ages; l = l->next) {
        Person *p = container_of(l, Person, by_age);
        printf(" %s(%d)", p->name, p->age);
    }
    printf("\n");
    for (int g = 0; g < 3; g++) {
        int total = 0, n = 0;
        printf("group %d:", g);
        for (Link *l = groups[g].next; l != &groups[g]; l = l->next) {
            Person *p = container_of(l, Person, by_group);
            printf(" %s", p->name);
            total += p->age;
            n++;
        }
        if (n) printf("  (avg age %d.%02d)", total / n, total * 100 / n % 100);
        printf("\n");
    }
}

int main(void) {
    list_init(&ages);
    for (int g = 0; g < 3; g++) list_init(&groups[g]);
    const char *names[] = {"ada", "brian", "claude", "dennis", "edsger", "frances", "grace", "hedy", "ivan", "john", "ken", "linus"};
    for (int i = 0; i < 12; i++) add_person(names[i], 20 + (i * 17) % 50, (i * 7) % 3);
    dump();
    /* remove everybody older than 50 from both lists */
    for (Link *l = ages.next; l != &ages;) {
        Link *next = l->next;
        Person *p = container_of(l, Person, by_age);
        if (p->age > 50) {
            printf("removing %s\n", p->name);
            list_remove(&p->by_age);
            list_remove(&p->by_group);
            free(p);
        }
        l = next;
    }
    dump();
    while (ages.next != &ages) {
        Person *p = container_of(ages.next, Person, by_age);
        list_remove(&p->by_age);
        list_remove(&p->by_group);
        free(p);
    }
    printf("empty: %d %d %d %d\n", ages.next == &ages, groups[0].next == &groups[0], groups[1].next == &groups[1], groups[2].next == &groups[2]);
    return 0;
}
