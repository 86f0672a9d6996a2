// Static local variables: call counters, memo tables, lazily initialised state, static arrays returned by pointer.
#include <stdio.h>
#include <string.h>

static int counter(void) { static int n; return ++n; }

static int next_id(const char *kind) {
    static int ids[3];
    static const char *kinds[3] = {"user", "group", "file"};
    for (int i = 0; i < 3; i++) if (strcmp(kinds[i], kind) == 0) return ++ids[i] * 10 + i;
    return -1;
}

static const char *ordinal(int n) {
    static char buf[4][16]; /* rotating buffers so several results can coexist */
    static int slot;
    char *b = buf[slot];
    slot = (slot + 1) % 4;
    const char *suf = (n % 100 >= 11 && n % 100 <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    snprintf(b, 16, "%d%s", n, suf);
    return b;
}

static unsigned long long catalan(int n) {
    static unsigned long long memo[40];
    static int initialised;
    static int computed;
    if (!initialised) { memo[0] = 1; initialised = 1; }
    if (n < 0 || n >= 36) return 0;
    if (memo[n]) return memo[n];
    unsigned long long s = 0;
    for (int i = 0; i < n; i++) s += catalan(i) * catalan(n - 1 - i);
    computed++;
    memo[n] = s;
    if (n == 35) printf("(catalan computed %d entries)\n", computed);
    return s;
}

static int *running_stats(int v) {
    static int stats[3]; /* count, sum, max */
    stats[0]++;
    stats[1] += v;
    if (stats[0] == 1 || v > stats[2]) stats[2] = v;
    return stats;
}

static unsigned rng(void) { static unsigned state = 2463534242u; state ^= state << 13; state ^= state >> 17; state ^= state << 5; return state; }

int main(void) {
    for (int i = 0; i < 4; i++) counter();
    printf("counter now %d\n", counter());
    printf("first user id: %d\n", next_id("user"));
    int u2 = next_id("user"), g1 = next_id("group"), f1 = next_id("file"), g2 = next_id("group"), x = next_id("other");
    printf("ids: %d %d %d %d %d\n", u2, g1, f1, g2, x);
    const char *o1 = ordinal(1), *o2 = ordinal(2), *o3 = ordinal(3), *o4 = ordinal(11);
    printf("%s %s %s %s\n", o1, o2, o3, o4);
    for (int n = 20; n <= 25; n++) printf("%s ", ordinal(n));
    printf("%s %s %s\n", ordinal(101), ordinal(112), ordinal(1003));
    printf("catalan(35) = %llu\n", catalan(35));
    printf("catalan(10) = %llu, catalan(20) = %llu\n", catalan(10), catalan(20));
    int *st = 0;
    for (int i = 0; i < 10; i++) st = running_stats((int)(rng() % 1000));
    printf("stats: count %d sum %d max %d\n", st[0], st[1], st[2]);
    unsigned r1 = rng() % 1000;
    unsigned r2 = rng() % 1000;
    printf("rng continues: %u %u\n", r1, r2);
    return 0;
}
