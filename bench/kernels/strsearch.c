/* String search: counts the occurrences of several patterns in a generated
 * text with Boyer-Moore-Horspool and with Knuth-Morris-Pratt: byte loads,
 * table lookups, unpredictable branches. */
#include "bench.h"

#define TEXT 200000
#define NPAT 8
#define MAXPAT 24
#define REPS (2 * SCALE)

static char text[TEXT];
static char patterns[NPAT][MAXPAT];
static int patlen[NPAT];

static u32 horspool(const char *t, int n, const char *p, int m) {
    int shift[256];
    for (int i = 0; i < 256; i++)
        shift[i] = m;
    for (int i = 0; i < m - 1; i++)
        shift[(u8)p[i]] = m - 1 - i;
    u32 count = 0;
    for (int i = 0; i + m <= n; i += shift[(u8)t[i + m - 1]]) {
        int j = m - 1;
        while (j >= 0 && t[i + j] == p[j])
            j--;
        if (j < 0)
            count++;
    }
    return count;
}

static u32 kmp(const char *t, int n, const char *p, int m) {
    int fail[MAXPAT + 1];
    fail[0] = -1;
    for (int i = 0, k = -1; i < m;) {
        while (k >= 0 && p[k] != p[i])
            k = fail[k];
        i++;
        k++;
        fail[i] = (i < m && p[i] == p[k]) ? fail[k] : k;
    }
    u32 count = 0;
    for (int i = 0, k = 0; i < n;) {
        while (k >= 0 && p[k] != t[i])
            k = fail[k];
        i++;
        k++;
        if (k == m) {
            count++;
            k = fail[k];
        }
    }
    return count;
}

EXPORT unsigned run(void) {
    u32 seed = 521288629u;
    /* A skewed four-letter alphabet with occasional other letters, so that
     * partial matches are frequent. */
    for (int i = 0; i < TEXT; i++) {
        u32 r = xorshift32(&seed);
        text[i] = (r & 0xf0) ? "ACGT"[r & 3] : (char)('a' + (r >> 8) % 26);
    }
    for (int k = 0; k < NPAT; k++) {
        int m = 3 + (k * 5) % (MAXPAT - 3);
        int at = (int)(xorshift32(&seed) % (TEXT - MAXPAT));
        for (int i = 0; i < m; i++)
            patterns[k][i] = text[at + i];
        patlen[k] = m;
    }
    u32 h = CHECK_INIT;
    for (int r = 0; r < REPS; r++)
        for (int k = 0; k < NPAT; k++) {
            u32 a = horspool(text, TEXT, patterns[k], patlen[k]);
            u32 b = kmp(text, TEXT, patterns[k], patlen[k]);
            h = mix(mix(h, a), b);
        }
    return h;
}
