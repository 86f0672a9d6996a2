// A type-generic vector (void* + element size) holding ints, doubles, structs and pointers; sort/search with callbacks.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { void *data; size_t elem, len, cap; } Vec;

static void vec_init(Vec *v, size_t elem) { v->data = NULL; v->elem = elem; v->len = v->cap = 0; }
static void *vec_at(Vec *v, size_t i) { return (char *)v->data + i * v->elem; }
static void vec_push(Vec *v, const void *item) {
    if (v->len == v->cap) { v->cap = v->cap ? v->cap * 2 : 4; v->data = realloc(v->data, v->cap * v->elem); }
    memcpy(vec_at(v, v->len++), item, v->elem);
}
static void vec_remove(Vec *v, size_t i) {
    memmove(vec_at(v, i), vec_at(v, i + 1), (v->len - i - 1) * v->elem);
    v->len--;
}
static void vec_reverse(Vec *v) {
    char tmp[64];
    for (size_t i = 0, j = v->len ? v->len - 1 : 0; i < j; i++, j--) {
        memcpy(tmp, vec_at(v, i), v->elem);
        memcpy(vec_at(v, i), vec_at(v, j), v->elem);
        memcpy(vec_at(v, j), tmp, v->elem);
    }
}
static long vec_find(Vec *v, const void *key, int (*eq)(const void *, const void *)) {
    for (size_t i = 0; i < v->len; i++) if (eq(vec_at(v, i), key)) return (long)i;
    return -1;
}
static void vec_each(Vec *v, void (*f)(void *, void *), void *ctx) { for (size_t i = 0; i < v->len; i++) f(vec_at(v, i), ctx); }

typedef struct { char name[8]; int qty; double price; } Item;

static int int_eq(const void *a, const void *b) { return *(const int *)a == *(const int *)b; }
static int item_name_eq(const void *a, const void *b) { return strcmp(((const Item *)a)->name, b) == 0; }
static int cmp_item_value(const void *a, const void *b) {
    const Item *x = a, *y = b;
    double vx = x->qty * x->price, vy = y->qty * y->price;
    return (vx > vy) - (vx < vy);
}
static void print_int(void *p, void *ctx) { (void)ctx; printf(" %d", *(int *)p); }
static void sum_double(void *p, void *ctx) { *(double *)ctx += *(double *)p; }
static void print_item(void *p, void *ctx) { Item *it = p; ++*(int *)ctx; printf("  %-6s %3d x %6.2f = %8.2f\n", it->name, it->qty, it->price, it->qty * it->price); }
static void print_str(void *p, void *ctx) { (void)ctx; printf(" %s", *(const char **)p); }

int main(void) {
    Vec ints;
    vec_init(&ints, sizeof(int));
    for (int i = 0; i < 20; i++) { int v = (i * 7) % 20; vec_push(&ints, &v); }
    printf("ints:"); vec_each(&ints, print_int, NULL); printf(" (len %zu cap %zu)\n", ints.len, ints.cap);
    int key = 13;
    long at = vec_find(&ints, &key, int_eq);
    printf("13 at %ld\n", at);
    vec_remove(&ints, (size_t)at);
    vec_remove(&ints, 0);
    vec_reverse(&ints);
    printf("edited:"); vec_each(&ints, print_int, NULL); printf("\n");
    Vec dbl;
    vec_init(&dbl, sizeof(double));
    for (int i = 1; i <= 10; i++) { double d = 1.0 / i; vec_push(&dbl, &d); }
    double total = 0;
    vec_each(&dbl, sum_double, &total);
    printf("harmonic sum %.10f\n", total);
    Vec items;
    vec_init(&items, sizeof(Item));
    Item stock[] = {{"bolt", 500, 0.05}, {"nut", 800, 0.03}, {"gear", 12, 4.5}, {"shaft", 3, 22.0}, {"spring", 40, 0.8}, {"motor", 1, 49.99}};
    for (int i = 0; i < 6; i++) vec_push(&items, &stock[i]);
    qsort(items.data, items.len, items.elem, cmp_item_value);
    int count = 0;
    vec_each(&items, print_item, &count);
    printf("%d items, gear at %ld, widget at %ld\n", count, vec_find(&items, "gear", item_name_eq), vec_find(&items, "widget", item_name_eq));
    Vec strs;
    vec_init(&strs, sizeof(const char *));
    const char *words[] = {"segments", "handles", "bounds", "tags"};
    for (int i = 0; i < 4; i++) vec_push(&strs, &words[i]);
    vec_reverse(&strs);
    printf("pointers:"); vec_each(&strs, print_str, NULL); printf("\n");
    free(ints.data); free(dbl.data); free(items.data); free(strs.data);
    return 0;
}
