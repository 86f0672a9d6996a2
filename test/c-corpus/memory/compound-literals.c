// Compound literals and designated initialisers: arrays, nested structs, unions, out-of-order and repeated designators.
#include <stdio.h>
#include <string.h>

typedef struct { int x, y; } Pt;
typedef struct { const char *name; Pt pos; int tags[4]; union { int i; float f; } extra; } Obj;

static int sum(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static int dist2(Pt a, Pt b) { return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y); }

enum Color { RED, GREEN, BLUE, NCOLORS };
static const char *color_names[NCOLORS] = {[BLUE] = "blue", [RED] = "red", [GREEN] = "green"};
static const int days[12] = {[0] = 31, [1] = 28, [2] = 31, [3 ... 11] = 30}; /* GNU range designator */

int main(void) {
    printf("sum of literal array: %d\n", sum((int[]){1, 2, 3, 4, 5}, 5));
    printf("dist2: %d\n", dist2((Pt){.y = 4, .x = 3}, (Pt){0}));
    Obj o = {.pos = {.x = 10, .y = -2}, .name = "widget", .tags = {[2] = 7, [0] = 1}, .extra.f = 2.5f};
    printf("%s at (%d,%d) tags %d %d %d %d extra %.2f\n", o.name, o.pos.x, o.pos.y, o.tags[0], o.tags[1], o.tags[2], o.tags[3], o.extra.f);
    Obj arr[] = {[2] = {.name = "third", .extra.i = 3}, [0] = {"first", {1, 1}, {9}, {.i = 1}}, {.name = "second"}};
    for (int i = 0; i < 3; i++) printf("arr[%d] = %s pos (%d,%d) tag0 %d extra %d\n", i, arr[i].name, arr[i].pos.x, arr[i].pos.y, arr[i].tags[0], arr[i].extra.i);
    for (int c = 0; c < NCOLORS; c++) printf("%d=%s ", c, color_names[c]);
    printf("\n");
    int total = 0;
    for (int m = 0; m < 12; m++) total += days[m];
    printf("days total %d\n", total);
    /* compound literal lifetime: block scope, modifiable */
    int *p = (int[]){10, 20, 30};
    p[1] += 5;
    printf("modified literal %d %d %d\n", p[0], p[1], p[2]);
    /* array of compound literal pointers */
    Pt *path[] = {&(Pt){0, 0}, &(Pt){3, 4}, &(Pt){6, 8}, &(Pt){6, 0}};
    int len2 = 0;
    for (int i = 1; i < 4; i++) len2 += dist2(*path[i - 1], *path[i]);
    printf("path squared lengths sum %d\n", len2);
    /* later designator overrides earlier */
    int over[5] = {1, 2, 3, [1] = 20, 30};
    printf("override: %d %d %d %d %d\n", over[0], over[1], over[2], over[3], over[4]);
    /* string literal initialisers and zero fill */
    char s[10] = "abc";
    int zeros = 0;
    for (int i = 0; i < 10; i++) zeros += s[i] == 0;
    printf("'%s' zeros %d\n", s, zeros);
    struct { char a[4]; int n; } packed = {"xyz", 42};
    printf("%s %d %zu\n", packed.a, packed.n, strlen((char[]){'h', 'i', 0}));
    return 0;
}
