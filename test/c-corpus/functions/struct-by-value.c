// Structs passed and returned by value: small, large, nested, with arrays; callee modifications are local.
#include <stdio.h>
#include <string.h>
#include <stdint.h>

typedef struct { int x, y; } Pt;
typedef struct { Pt min, max; } Rect;
typedef struct { char name[24]; int scores[8]; double weight; uint64_t id; } Big;
typedef struct { char c; } Tiny;
typedef struct { float a; double b; char c; short d; } Mixed;

static Pt pt_add(Pt a, Pt b) { Pt r = {a.x + b.x, a.y + b.y}; return r; }
static Pt pt_scale(Pt p, int k) { p.x *= k; p.y *= k; return p; }
static Rect rect_union(Rect a, Rect b) {
    Rect r;
    r.min.x = a.min.x < b.min.x ? a.min.x : b.min.x;
    r.min.y = a.min.y < b.min.y ? a.min.y : b.min.y;
    r.max.x = a.max.x > b.max.x ? a.max.x : b.max.x;
    r.max.y = a.max.y > b.max.y ? a.max.y : b.max.y;
    return r;
}
static int rect_area(Rect r) { return (r.max.x - r.min.x) * (r.max.y - r.min.y); }

static Big big_modify(Big b) {
    strcat(b.name, "-copy");
    for (int i = 0; i < 8; i++) b.scores[i] *= 2;
    b.weight /= 3;
    b.id ^= 0xFFFFFFFF00000000ULL;
    return b;
}

static int big_sum(Big b) { int s = 0; for (int i = 0; i < 8; i++) s += b.scores[i]; b.scores[0] = -1; return s; }
static Tiny tiny_next(Tiny t) { t.c++; return t; }
static Mixed mixed_make(float a, double b, char c, short d) { Mixed m = {a, b, c, d}; return m; }
static double mixed_sum(Mixed m) { return m.a + m.b + m.c + m.d; }

/* many struct arguments to stress argument passing */
static int many(Pt a, Pt b, Pt c, Pt d, Pt e, Pt f, Rect g, Tiny h) {
    return a.x + b.y * 2 + c.x * 3 + d.y * 4 + e.x * 5 + f.y * 6 + rect_area(g) + h.c;
}

int main(void) {
    Pt a = {3, 4}, b = {-1, 7};
    Pt c = pt_add(a, b), d = pt_scale(c, 5);
    printf("c=(%d,%d) d=(%d,%d) a still (%d,%d)\n", c.x, c.y, d.x, d.y, a.x, a.y);
    Rect r1 = {{0, 0}, {4, 3}}, r2 = {{2, -1}, {6, 2}};
    Rect u = rect_union(r1, r2);
    printf("union (%d,%d)-(%d,%d) area %d\n", u.min.x, u.min.y, u.max.x, u.max.y, rect_area(u));
    Big big = {"original", {1, 2, 3, 4, 5, 6, 7, 8}, 10.0, 0x123456789ULL};
    Big m = big_modify(big);
    printf("orig: %s %d %.4f %llx sum %d\n", big.name, big.scores[7], big.weight, (unsigned long long)big.id, big_sum(big));
    printf("copy: %s %d %.4f %llx sum %d\n", m.name, m.scores[7], m.weight, (unsigned long long)m.id, big_sum(m));
    printf("after big_sum, scores[0] still %d\n", big.scores[0]);
    Tiny t = {'a'};
    for (int i = 0; i < 5; i++) t = tiny_next(t);
    printf("tiny %c\n", t.c);
    Mixed mx = mixed_make(1.5f, 2.25, 'A', -300);
    printf("mixed sum %.3f\n", mixed_sum(mx));
    printf("many = %d\n", many(a, b, c, d, pt_add(a, a), pt_scale(b, -1), u, t));
    /* struct assignment and arrays of structs */
    Pt pts[5];
    for (int i = 0; i < 5; i++) pts[i] = pt_scale((Pt){i, i * i}, 2);
    Pt acc = {0, 0};
    for (int i = 0; i < 5; i++) acc = pt_add(acc, pts[i]);
    printf("acc (%d,%d)\n", acc.x, acc.y);
    Big copy = big;
    copy.name[0] = 'O';
    printf("assignment copies: %s vs %s\n", big.name, copy.name);
    return 0;
}
