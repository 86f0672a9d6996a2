// Object-oriented C: shapes with a vtable struct of function pointers, "inheritance" by embedding, polymorphic arrays.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

struct Shape;
typedef struct {
    const char *type;
    double (*area)(const struct Shape *);
    double (*perimeter)(const struct Shape *);
    void (*scale)(struct Shape *, double);
    void (*destroy)(struct Shape *);
} VTable;

typedef struct Shape { const VTable *vt; char label[12]; } Shape;
typedef struct { Shape base; double r; } Circle;
typedef struct { Shape base; double w, h; } Rect;
typedef struct { Shape base; double a, b, c; } Triangle;

static const double PI = 3.14159265358979323846;

static double circle_area(const Shape *s) { const Circle *c = (const Circle *)s; return PI * c->r * c->r; }
static double circle_perim(const Shape *s) { return 2 * PI * ((const Circle *)s)->r; }
static void circle_scale(Shape *s, double k) { ((Circle *)s)->r *= k; }
static double rect_area(const Shape *s) { const Rect *r = (const Rect *)s; return r->w * r->h; }
static double rect_perim(const Shape *s) { const Rect *r = (const Rect *)s; return 2 * (r->w + r->h); }
static void rect_scale(Shape *s, double k) { Rect *r = (Rect *)s; r->w *= k; r->h *= k; }
static double tri_perim(const Shape *s) { const Triangle *t = (const Triangle *)s; return t->a + t->b + t->c; }
static double tri_area(const Shape *s) {
    const Triangle *t = (const Triangle *)s;
    double p = tri_perim(s) / 2;
    return sqrt(p * (p - t->a) * (p - t->b) * (p - t->c));
}
static void tri_scale(Shape *s, double k) { Triangle *t = (Triangle *)s; t->a *= k; t->b *= k; t->c *= k; }
static void generic_destroy(Shape *s) { free(s); }

static const VTable circle_vt = {"circle", circle_area, circle_perim, circle_scale, generic_destroy};
static const VTable rect_vt = {"rect", rect_area, rect_perim, rect_scale, generic_destroy};
static const VTable tri_vt = {"triangle", tri_area, tri_perim, tri_scale, generic_destroy};

static Shape *new_circle(const char *l, double r) { Circle *c = malloc(sizeof *c); c->base.vt = &circle_vt; strcpy(c->base.label, l); c->r = r; return &c->base; }
static Shape *new_rect(const char *l, double w, double h) { Rect *r = malloc(sizeof *r); r->base.vt = &rect_vt; strcpy(r->base.label, l); r->w = w; r->h = h; return &r->base; }
static Shape *new_tri(const char *l, double a, double b, double c) { Triangle *t = malloc(sizeof *t); t->base.vt = &tri_vt; strcpy(t->base.label, l); t->a = a; t->b = b; t->c = c; return &t->base; }

static int by_area(const void *x, const void *y) {
    const Shape *a = *(Shape *const *)x, *b = *(Shape *const *)y;
    double d = a->vt->area(a) - b->vt->area(b);
    return (d > 0) - (d < 0);
}

int main(void) {
    Shape *shapes[] = {new_circle("c1", 1.0), new_rect("r1", 3, 4), new_tri("t1", 3, 4, 5), new_circle("c2", 2.5),
                       new_rect("square", 2, 2), new_tri("equi", 2, 2, 2), new_rect("thin", 10, 0.1)};
    int n = sizeof shapes / sizeof *shapes;
    double total = 0;
    for (int i = 0; i < n; i++) {
        Shape *s = shapes[i];
        printf("%-8s %-7s area %9.4f perimeter %8.4f\n", s->vt->type, s->label, s->vt->area(s), s->vt->perimeter(s));
        total += s->vt->area(s);
    }
    printf("total area %.4f\n", total);
    for (int i = 0; i < n; i++) shapes[i]->vt->scale(shapes[i], i % 2 ? 2.0 : 0.5);
    qsort(shapes, (size_t)n, sizeof *shapes, by_area);
    printf("after scaling, by area:");
    for (int i = 0; i < n; i++) printf(" %s(%.3f)", shapes[i]->label, shapes[i]->vt->area(shapes[i]));
    printf("\n");
    int counts[3] = {0};
    for (int i = 0; i < n; i++) counts[shapes[i]->vt == &circle_vt ? 0 : shapes[i]->vt == &rect_vt ? 1 : 2]++;
    printf("circles %d rects %d triangles %d\n", counts[0], counts[1], counts[2]);
    for (int i = 0; i < n; i++) shapes[i]->vt->destroy(shapes[i]);
    return 0;
}
