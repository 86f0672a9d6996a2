// Text layout: greedy word wrap, full justification with distributed spaces, centring, and minimum-raggedness DP.
#include <stdio.h>
#include <string.h>

static const char *text = "Memory-safe WebAssembly replaces the single linear memory with segments that can only be reached "
                          "through handles. A handle carries a base, an offset, a bound and an allocation identifier, so every "
                          "load and store can be checked. Use after free, double free and out of bounds accesses become traps "
                          "with a clear report instead of silent corruption.";

static int nwords;
static const char *words[128];
static int wlen[128];

static void split(void) {
    for (const char *p = text; *p;) {
        while (*p == ' ') p++;
        if (!*p) break;
        words[nwords] = p;
        while (*p && *p != ' ') p++;
        wlen[nwords] = (int)(p - words[nwords]);
        nwords++;
    }
}

static void emit_line(int from, int to, int width, int justify, int center) {
    int chars = 0;
    for (int i = from; i < to; i++) chars += wlen[i];
    int gaps = to - from - 1, spaces = width - chars;
    char line[256];
    int n = 0;
    if (center) { int pad = (width - chars - gaps) / 2; for (int i = 0; i < pad; i++) line[n++] = ' '; }
    for (int i = from; i < to; i++) {
        memcpy(line + n, words[i], (size_t)wlen[i]);
        n += wlen[i];
        if (i + 1 < to) {
            int s = 1;
            if (justify && gaps) s = spaces / gaps + ((i - from) < spaces % gaps ? 1 : 0);
            for (int k = 0; k < s; k++) line[n++] = ' ';
        }
    }
    line[n] = 0;
    printf("|%-*s|\n", width, line);
}

static void greedy(int width, int justify, int center) {
    for (int i = 0; i < nwords;) {
        int j = i, len = wlen[i];
        while (j + 1 < nwords && len + 1 + wlen[j + 1] <= width) { j++; len += 1 + wlen[j]; }
        emit_line(i, j + 1, width, justify && j + 1 < nwords, center);
        i = j + 1;
    }
}

static long optimal(int width) {
    static long cost[129];
    static int brk[129];
    cost[nwords] = 0;
    for (int i = nwords - 1; i >= 0; i--) {
        cost[i] = -1;
        int len = -1;
        for (int j = i; j < nwords; j++) {
            len += wlen[j] + 1;
            if (len > width) break;
            long slack = width - len;
            long c = (j == nwords - 1 ? 0 : slack * slack * slack) + cost[j + 1];
            if (cost[i] < 0 || c < cost[i]) { cost[i] = c; brk[i] = j + 1; }
        }
    }
    for (int i = 0; i < nwords; i = brk[i]) emit_line(i, brk[i], width, 0, 0);
    return cost[0];
}

int main(void) {
    split();
    printf("%d words\n\ngreedy, width 40:\n", nwords);
    greedy(40, 0, 0);
    printf("\njustified, width 40:\n");
    greedy(40, 1, 0);
    printf("\ncentred, width 30:\n");
    greedy(30, 0, 1);
    printf("\nminimum raggedness, width 40:\n");
    long c = optimal(40);
    printf("total cost %ld\n", c);
    return 0;
}
