// Boyer-Moore-Horspool and Rabin-Karp (rolling hash mod 2^32 and mod prime) string search.
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static int horspool(const char *t, size_t n, const char *p, size_t m, int *cmps) {
    size_t shift[256];
    int count = 0;
    if (m == 0 || m > n) return 0;
    for (int i = 0; i < 256; i++) shift[i] = m;
    for (size_t i = 0; i + 1 < m; i++) shift[(unsigned char)p[i]] = m - 1 - i;
    size_t i = 0;
    while (i + m <= n) {
        size_t j = m;
        while (j > 0) { ++*cmps; if (t[i + j - 1] != p[j - 1]) break; j--; }
        if (j == 0) count++;
        i += shift[(unsigned char)t[i + m - 1]];
    }
    return count;
}

static int rabin_karp(const char *t, size_t n, const char *p, size_t m, int *collisions) {
    const uint64_t B = 257, M = 1000000007ULL;
    if (m == 0 || m > n) return 0;
    uint64_t hp = 0, ht = 0, pw = 1;
    for (size_t i = 0; i < m; i++) {
        hp = (hp * B + (unsigned char)p[i]) % M;
        ht = (ht * B + (unsigned char)t[i]) % M;
        if (i) pw = pw * B % M;
    }
    int count = 0;
    for (size_t i = 0;; i++) {
        if (hp == ht) {
            if (memcmp(t + i, p, m) == 0) count++; else ++*collisions;
        }
        if (i + m >= n) break;
        ht = (ht + M * M - (unsigned char)t[i] * pw % M * 1) % M; /* remove leading char */
        ht = (ht * B + (unsigned char)t[i + m]) % M;
    }
    return count;
}

/* weak hash mod 2^32 to provoke collisions */
static int weak_rk(const char *t, size_t n, const char *p, size_t m, int *collisions) {
    uint32_t hp = 0, ht = 0;
    for (size_t i = 0; i < m; i++) { hp += (unsigned char)p[i]; ht += (unsigned char)t[i]; }
    int count = 0;
    for (size_t i = 0; i + m <= n; i++) {
        if (i) ht = ht - (unsigned char)t[i - 1] + (unsigned char)t[i + m - 1];
        if (ht == hp) { if (memcmp(t + i, p, m) == 0) count++; else ++*collisions; }
    }
    return count;
}

int main(void) {
    char text[4096];
    size_t n = 0;
    uint32_t s = 31337;
    while (n < sizeof text - 1) {
        s = s * 1664525u + 1013904223u;
        text[n++] = "acgt"[s >> 30];
    }
    text[n] = 0;
    const char *pats[] = {"acgt", "gattaca", "aaaa", "cgcgcg", "tacg", "acgtacgt", "g", "ttttttttt"};
    for (int i = 0; i < 8; i++) {
        size_t m = strlen(pats[i]);
        int cmps = 0, col = 0, wcol = 0;
        int a = horspool(text, n, pats[i], m, &cmps);
        int b = rabin_karp(text, n, pats[i], m, &col);
        int c = weak_rk(text, n, pats[i], m, &wcol);
        printf("%-10s horspool %3d (%5d cmps) rk %3d (%d coll) weak %3d (%4d coll)\n", pats[i], a, cmps, b, col, c, wcol);
        if (a != b || b != c) return 1;
    }
    const char *eng = "in the beginning the heavens and the earth were the theme of the thesis";
    int cmps = 0, col = 0;
    printf("'the' in english: %d %d\n", horspool(eng, strlen(eng), "the", 3, &cmps), rabin_karp(eng, strlen(eng), "the", 3, &col));
    return 0;
}
