// Globals initialised with addresses of other globals: pointer tables, self-referential lists, string tables, function tables.
#include <stdio.h>
#include <string.h>

typedef struct Node { int value; const struct Node *next; } Node;

/* a static linked list built entirely from initialisers, in reverse order of definition */
static const Node n4 = {40, NULL};
static const Node n3 = {30, &n4};
static const Node n2 = {20, &n3};
static const Node n1 = {10, &n2};
static const Node *const head = &n1;

static int counter_a, counter_b;
static int *const counters[] = {&counter_a, &counter_b, &counter_a};

static int table[5] = {1, 1, 2, 3, 5};
static int *table_end = table + 5;          /* one past the end, only compared */
static int *middle = &table[2];
static int **pp_middle = &middle;

static const char greeting[] = "hello, globals";
static const char *const words[] = {greeting, greeting + 7, "literal", &greeting[3]};

typedef struct Person { const char *name; const struct Person *manager; } Person;
static const Person ceo = {"Cecilia", NULL};
static const Person cto = {"Tomas", &ceo};
static const Person dev1 = {"Dana", &cto}, dev2 = {"Eli", &cto};
static const Person *staff[] = {&dev1, &dev2, &cto, &ceo};

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
static int (*const ops[])(int) = {twice, square, twice};
static struct { const char *name; int (*fn)(int); } named_ops[] = {{"twice", twice}, {"square", square}};

/* circular structure through globals */
typedef struct Ring { const char *tag; struct Ring *next; } Ring;
static Ring ra, rb, rc;
static Ring ra = {"a", &rb}, rb = {"b", &rc}, rc = {"c", &ra};

int main(void) {
    int sum = 0;
    for (const Node *n = head; n; n = n->next) { printf("%d ", n->value); sum += n->value; }
    printf("sum %d\n", sum);
    for (int i = 0; i < 3; i++) ++*counters[i];
    printf("counters a=%d b=%d\n", counter_a, counter_b);
    **pp_middle = 100;
    int total = 0;
    for (int *p = table; p != table_end; p++) total += *p;
    printf("table total %d, middle index %d\n", total, (int)(middle - table));
    for (int i = 0; i < 4; i++) printf("word[%d] = '%s'\n", i, words[i]);
    for (int i = 0; i < 4; i++) {
        printf("%s", staff[i]->name);
        for (const Person *m = staff[i]->manager; m; m = m->manager) printf(" -> %s", m->name);
        printf("\n");
    }
    int x = 3;
    for (int i = 0; i < 3; i++) x = ops[i](x);
    printf("ops chain: %d\n", x);
    for (int i = 0; i < 2; i++) printf("%s(7) = %d\n", named_ops[i].name, named_ops[i].fn(7));
    const Ring *r = &ra;
    printf("ring:");
    for (int i = 0; i < 7; i++, r = r->next) printf(" %s", r->tag);
    printf("\n");
    rb.next = &ra; /* mutate the global graph */
    r = &ra;
    printf("ring after:");
    for (int i = 0; i < 5; i++, r = r->next) printf(" %s", r->tag);
    printf("\n");
    return 0;
}
