// Convex hull of integer points: Andrew's monotone chain and Jarvis march agree; area by the shoelace formula (exact, 64-bit).
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

typedef struct { int64_t x, y; } Pt;

static int64_t cross(Pt o, Pt a, Pt b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }
static int cmp_pt(const void *a, const void *b) {
    const Pt *p = a, *q = b;
    if (p->x != q->x) return p->x < q->x ? -1 : 1;
    return (p->y > q->y) - (p->y < q->y);
}

static int monotone(Pt *p, int n, Pt *hull) {
    qsort(p, (size_t)n, sizeof *p, cmp_pt);
    int k = 0;
    for (int i = 0; i < n; i++) { while (k >= 2 && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) k--; hull[k++] = p[i]; }
    for (int i = n - 2, t = k + 1; i >= 0; i--) { while (k >= t && cross(hull[k - 2], hull[k - 1], p[i]) <= 0) k--; hull[k++] = p[i]; }
    return k - 1;
}

static int jarvis(const Pt *p, int n, Pt *hull) {
    int start = 0;
    for (int i = 1; i < n; i++) if (p[i].x < p[start].x || (p[i].x == p[start].x && p[i].y < p[start].y)) start = i;
    int cur = start, k = 0;
    do {
        hull[k++] = p[cur];
        int next = (cur + 1) % n;
        for (int i = 0; i < n; i++) {
            int64_t c = cross(p[cur], p[next], p[i]);
            int64_t dn = (p[next].x - p[cur].x) * (p[next].x - p[cur].x) + (p[next].y - p[cur].y) * (p[next].y - p[cur].y);
            int64_t di = (p[i].x - p[cur].x) * (p[i].x - p[cur].x) + (p[i].y - p[cur].y) * (p[i].y - p[cur].y);
            if (c < 0 || (c == 0 && di > dn)) next = i;
        }
        cur = next;
    } while (cur != start && k <= n);
    return k;
}

static int64_t area2(const Pt *h, int k) { int64_t a = 0; for (int i = 0; i < k; i++) a += h[i].x * h[(i + 1) % k].y - h[(i + 1) % k].x * h[i].y; return a < 0 ? -a : a; }

int main(void) {
    enum { N = 300 };
    Pt pts[N], h1[N + 1], h2[N + 1];
    uint32_t s = 5;
    for (int i = 0; i < N; i++) {
        s = s * 1664525u + 1013904223u;
        int64_t x = (int64_t)(s >> 16) % 2001 - 1000;
        s = s * 1664525u + 1013904223u;
        int64_t y = (int64_t)(s >> 16) % 2001 - 1000;
        if (x * x + y * y > 1000000) { x /= 2; y /= 2; } /* roughly a disc */
        pts[i] = (Pt){x, y};
    }
    pts[0] = (Pt){0, 0}; pts[1] = (Pt){0, 0}; /* duplicates */
    int k2 = jarvis(pts, N, h2);
    Pt copy[N];
    for (int i = 0; i < N; i++) copy[i] = pts[i];
    int k1 = monotone(copy, N, h1);
    printf("hull sizes: monotone %d, jarvis %d\n", k1, k2);
    printf("doubled areas: %lld %lld\n", (long long)area2(h1, k1), (long long)area2(h2, k2));
    printf("hull:");
    for (int i = 0; i < k1; i++) printf(" (%lld,%lld)", (long long)h1[i].x, (long long)h1[i].y);
    printf("\n");
    /* every point must be inside or on the hull */
    int outside = 0;
    for (int i = 0; i < N; i++) for (int j = 0; j < k1; j++) if (cross(h1[j], h1[(j + 1) % k1], pts[i]) < 0) { outside++; break; }
    printf("points outside: %d\n", outside);
    Pt square[] = {{0, 0}, {4, 0}, {4, 4}, {0, 4}, {2, 2}, {2, 0}, {4, 2}, {1, 3}}, hs[9];
    int ks = monotone(square, 8, hs);
    printf("square hull %d points, area %lld/2\n", ks, (long long)area2(hs, ks));
    return outside;
}
