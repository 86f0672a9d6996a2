// Dynamic programming: 0/1 knapsack with item recovery, longest increasing subsequence, coin change, matrix-chain order.
#include <stdio.h>
#include <string.h>
#include <limits.h>

static int knapsack(const int *w, const int *v, int n, int cap, int *take) {
    static int dp[32][1001];
    for (int c = 0; c <= cap; c++) dp[0][c] = 0;
    for (int i = 1; i <= n; i++)
        for (int c = 0; c <= cap; c++) {
            dp[i][c] = dp[i - 1][c];
            if (w[i - 1] <= c && dp[i - 1][c - w[i - 1]] + v[i - 1] > dp[i][c]) dp[i][c] = dp[i - 1][c - w[i - 1]] + v[i - 1];
        }
    for (int i = n, c = cap; i > 0; i--) { take[i - 1] = dp[i][c] != dp[i - 1][c]; if (take[i - 1]) c -= w[i - 1]; }
    return dp[n][cap];
}

static int lis(const int *a, int n, int *out) {
    int tails[256], tail_idx[256], prev[256], len = 0;
    for (int i = 0; i < n; i++) {
        int lo = 0, hi = len;
        while (lo < hi) { int mid = (lo + hi) / 2; if (tails[mid] < a[i]) lo = mid + 1; else hi = mid; }
        tails[lo] = a[i];
        tail_idx[lo] = i;
        prev[i] = lo ? tail_idx[lo - 1] : -1;
        if (lo == len) len++;
    }
    for (int i = tail_idx[len - 1], k = len - 1; i >= 0; i = prev[i]) out[k--] = a[i];
    return len;
}

static long coin_ways(const int *coins, int nc, int amount) {
    long ways[1001] = {1};
    for (int c = 0; c < nc; c++) for (int x = coins[c]; x <= amount; x++) ways[x] += ways[x - coins[c]];
    return ways[amount];
}

static int min_coins(const int *coins, int nc, int amount) {
    int best[1001];
    best[0] = 0;
    for (int x = 1; x <= amount; x++) {
        best[x] = INT_MAX;
        for (int c = 0; c < nc; c++) if (coins[c] <= x && best[x - coins[c]] != INT_MAX && best[x - coins[c]] + 1 < best[x]) best[x] = best[x - coins[c]] + 1;
    }
    return best[amount] == INT_MAX ? -1 : best[amount];
}

static int split[16][16];
static long long chain(const int *d, int n) {
    long long m[16][16];
    for (int i = 1; i <= n; i++) m[i][i] = 0;
    for (int len = 2; len <= n; len++)
        for (int i = 1; i + len - 1 <= n; i++) {
            int j = i + len - 1;
            m[i][j] = -1;
            for (int k = i; k < j; k++) {
                long long c = m[i][k] + m[k + 1][j] + (long long)d[i - 1] * d[k] * d[j];
                if (m[i][j] < 0 || c < m[i][j]) { m[i][j] = c; split[i][j] = k; }
            }
        }
    return m[1][n];
}

static void paren(int i, int j) {
    if (i == j) { printf("M%d", i); return; }
    printf("(");
    paren(i, split[i][j]);
    paren(split[i][j] + 1, j);
    printf(")");
}

int main(void) {
    int w[] = {12, 7, 11, 8, 9, 23, 5, 14, 3, 17, 6, 20}, v[] = {24, 13, 23, 15, 16, 40, 8, 25, 5, 33, 11, 38}, take[12];
    for (int cap = 20; cap <= 80; cap += 30) {
        int best = knapsack(w, v, 12, cap, take);
        printf("knapsack cap %d: value %d items", cap, best);
        for (int i = 0; i < 12; i++) if (take[i]) printf(" %d", i);
        printf("\n");
    }
    int a[40], out[40];
    unsigned s = 9;
    for (int i = 0; i < 40; i++) { s = s * 1103515245u + 12345u; a[i] = (int)(s >> 16) % 100; }
    int len = lis(a, 40, out);
    printf("LIS length %d:", len);
    for (int i = 0; i < len; i++) printf(" %d", out[i]);
    printf("\n");
    int coins[] = {1, 2, 5, 10, 20, 50, 100, 200};
    printf("ways to make 200 from UK coins: %ld\n", coin_ways(coins, 8, 200));
    int odd[] = {7, 11, 13};
    for (int amt = 20; amt <= 100; amt += 20) printf("min coins {7,11,13} for %d: %d\n", amt, min_coins(odd, 3, amt));
    int dims[] = {30, 35, 15, 5, 10, 20, 25, 40, 8};
    printf("matrix chain cost %lld: ", chain(dims, 8));
    paren(1, 8);
    printf("\n");
    return 0;
}
