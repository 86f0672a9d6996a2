// Knuth-Morris-Pratt substring search compared with naive search and strstr.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void failure(const char *p, int m, int *f) {
    f[0] = 0;
    for (int i = 1, k = 0; i < m; i++) {
        while (k > 0 && p[i] != p[k]) k = f[k - 1];
        if (p[i] == p[k]) k++;
        f[i] = k;
    }
}

static int kmp_all(const char *t, const char *p, int *out, int max) {
    int n = (int)strlen(t), m = (int)strlen(p), cnt = 0;
    if (m == 0) return 0;
    int *f = malloc(sizeof(int) * (size_t)m);
    failure(p, m, f);
    for (int i = 0, k = 0; i < n; i++) {
        while (k > 0 && t[i] != p[k]) k = f[k - 1];
        if (t[i] == p[k]) k++;
        if (k == m) { if (cnt < max) out[cnt] = i - m + 1; cnt++; k = f[k - 1]; }
    }
    free(f);
    return cnt;
}

static int naive_count(const char *t, const char *p) {
    int n = (int)strlen(t), m = (int)strlen(p), c = 0;
    for (int i = 0; i + m <= n; i++) if (strncmp(t + i, p, (size_t)m) == 0) c++;
    return c;
}

static int strstr_count(const char *t, const char *p) {
    int c = 0;
    for (const char *q = strstr(t, p); q; q = strstr(q + 1, p)) c++;
    return c;
}

int main(void) {
    char text[2048];
    /* a Fibonacci word: lots of overlapping repeats */
    char a[2048] = "a", b[2048] = "ab";
    while (strlen(b) < 1000) {
        char t[2048];
        strcpy(t, b);
        strcat(t, a);
        strcpy(a, b);
        strcpy(b, t);
    }
    strcpy(text, b);
    printf("text length %zu, starts %.40s\n", strlen(text), text);
    const char *pats[] = {"aba", "abaab", "abaababa", "bb", "aa", "abaababaabaab", "b", "aaa"};
    for (int i = 0; i < 8; i++) {
        int pos[8];
        int c = kmp_all(text, pats[i], pos, 8);
        printf("%-14s kmp=%3d naive=%3d strstr=%3d first:", pats[i], c, naive_count(text, pats[i]), strstr_count(text, pats[i]));
        for (int k = 0; k < c && k < 8; k++) printf(" %d", pos[k]);
        printf("\n");
    }
    int f[16];
    const char *p = "abacabadabacaba";
    failure(p, (int)strlen(p), f);
    printf("failure(%s):", p);
    for (size_t i = 0; i < strlen(p); i++) printf(" %d", f[i]);
    printf("\n");
    return 0;
}
