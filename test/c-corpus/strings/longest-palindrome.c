// Longest palindromic substring: Manacher's linear algorithm vs. expand-around-center.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void manacher(const char *s, int *start, int *len) {
    int n = (int)strlen(s), m = 2 * n + 1;
    char *t = malloc((size_t)m + 1);
    int *p = calloc((size_t)m, sizeof(int));
    for (int i = 0; i < m; i++) t[i] = (i & 1) ? s[i / 2] : '#';
    t[m] = 0;
    int c = 0, r = 0, best = 0, bestc = 0;
    for (int i = 0; i < m; i++) {
        if (i < r) { int mirror = 2 * c - i; p[i] = p[mirror] < r - i ? p[mirror] : r - i; }
        while (i - p[i] - 1 >= 0 && i + p[i] + 1 < m && t[i - p[i] - 1] == t[i + p[i] + 1]) p[i]++;
        if (i + p[i] > r) { c = i; r = i + p[i]; }
        if (p[i] > best) { best = p[i]; bestc = i; }
    }
    *start = (bestc - best) / 2;
    *len = best;
    free(t);
    free(p);
}

static void expand(const char *s, int *start, int *len) {
    int n = (int)strlen(s);
    *start = 0; *len = n ? 1 : 0;
    for (int c = 0; c < n; c++)
        for (int odd = 0; odd < 2; odd++) {
            int l = c, r = c + odd;
            while (l >= 0 && r < n && s[l] == s[r]) { l--; r++; }
            if (r - l - 1 > *len) { *len = r - l - 1; *start = l + 1; }
        }
}

int main(void) {
    const char *tests[] = {"babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "a", "", "aaaa", "abcde",
                           "thequickbrownfoxxofnworbkciuqeht", "racecarannakayak"};
    for (int i = 0; i < 10; i++) {
        int s1, l1, s2, l2;
        manacher(tests[i], &s1, &l1);
        expand(tests[i], &s2, &l2);
        printf("%-34s -> %.*s (len %d at %d) %s\n", tests[i], l1, tests[i] + s1, l1, s1, l1 == l2 ? "agree" : "DISAGREE");
    }
    char big[3001];
    unsigned x = 3;
    for (int i = 0; i < 3000; i++) { x = x * 1103515245u + 12345u; big[i] = (char)('a' + (x >> 16) % 3); }
    big[3000] = 0;
    int s1, l1, s2, l2;
    manacher(big, &s1, &l1);
    expand(big, &s2, &l2);
    printf("random 3000: len %d/%d at %d: %.*s\n", l1, l2, s1, l1, big + s1);
    return l1 != l2;
}
