// Edit distance (full DP table and two-row version) with alignment traceback; LCS length.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int min3(int a, int b, int c) { int m = a < b ? a : b; return m < c ? m : c; }

static int lev_rows(const char *a, const char *b) {
    size_t m = strlen(b);
    int *prev = malloc((m + 1) * sizeof(int)), *cur = malloc((m + 1) * sizeof(int));
    for (size_t j = 0; j <= m; j++) prev[j] = (int)j;
    for (size_t i = 1; a[i - 1]; i++) {
        cur[0] = (int)i;
        for (size_t j = 1; j <= m; j++) cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]));
        int *t = prev; prev = cur; cur = t;
    }
    int d = prev[m];
    free(prev); free(cur);
    return d;
}

static int lev_full(const char *a, const char *b, char *ops) {
    int n = (int)strlen(a), m = (int)strlen(b);
    int (*d)[m + 1] = malloc(sizeof(int[n + 1][m + 1]));
    for (int i = 0; i <= n; i++) d[i][0] = i;
    for (int j = 0; j <= m; j++) d[0][j] = j;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]));
    int i = n, j = m, k = 0;
    char rev[256];
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1])) { rev[k++] = a[i - 1] == b[j - 1] ? '=' : 'S'; i--; j--; }
        else if (i > 0 && d[i][j] == d[i - 1][j] + 1) { rev[k++] = 'D'; i--; }
        else { rev[k++] = 'I'; j--; }
    }
    for (int t = 0; t < k; t++) ops[t] = rev[k - 1 - t];
    ops[k] = 0;
    int r = d[n][m];
    free(d);
    return r;
}

static int lcs(const char *a, const char *b) {
    int n = (int)strlen(a), m = (int)strlen(b);
    int dp[64][64];
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= m; j++)
            dp[i][j] = !i || !j ? 0 : a[i - 1] == b[j - 1] ? dp[i - 1][j - 1] + 1 : (dp[i - 1][j] > dp[i][j - 1] ? dp[i - 1][j] : dp[i][j - 1]);
    return dp[n][m];
}

int main(void) {
    const char *pairs[][2] = {{"kitten", "sitting"}, {"flaw", "lawn"}, {"intention", "execution"}, {"", "abc"},
                              {"abc", ""}, {"same", "same"}, {"sunday", "saturday"}, {"algorithm", "altruistic"},
                              {"segmentation", "fragmentation"}, {"handle", "candle"}};
    int total = 0;
    for (int i = 0; i < 10; i++) {
        char ops[256];
        int d1 = lev_full(pairs[i][0], pairs[i][1], ops), d2 = lev_rows(pairs[i][0], pairs[i][1]);
        printf("%-13s %-13s dist %d/%d lcs %d ops %s\n", pairs[i][0], pairs[i][1], d1, d2, lcs(pairs[i][0], pairs[i][1]), ops);
        total += d1 * (i + 1);
        if (d1 != d2) return 1;
    }
    printf("weighted total %d\n", total);
    return 0;
}
