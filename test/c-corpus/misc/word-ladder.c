// Word ladder: BFS over a dictionary of four-letter words where edges differ by one letter; prints shortest ladders.
#include <stdio.h>
#include <string.h>

static const char *dict[] = {"cold", "cord", "card", "ward", "warm", "word", "wore", "core", "care", "dare", "date", "gate", "game", "came",
                             "cane", "lane", "line", "fine", "fire", "hire", "here", "hare", "harm", "farm", "form", "fork", "work", "worm",
                             "wood", "good", "gold", "bold", "bolt", "boat", "coat", "cost", "cast", "case", "cave", "wave", "have", "hate",
                             "heat", "head", "heal", "seal", "sell", "cell", "call", "wall", "will", "fill", "film", "fold", "told", "tall"};
enum { N = sizeof dict / sizeof dict[0] };

static int adjacent(const char *a, const char *b) { int d = 0; for (int i = 0; i < 4; i++) d += a[i] != b[i]; return d == 1; }
static int find(const char *w) { for (int i = 0; i < N; i++) if (!strcmp(dict[i], w)) return i; return -1; }

static int ladder(int from, int to, int *path) {
    int prev[N], q[N], h = 0, t = 0;
    for (int i = 0; i < N; i++) prev[i] = -2;
    prev[from] = -1;
    q[t++] = from;
    while (h < t) {
        int u = q[h++];
        if (u == to) break;
        for (int v = 0; v < N; v++) if (prev[v] == -2 && adjacent(dict[u], dict[v])) { prev[v] = u; q[t++] = v; }
    }
    if (prev[to] == -2) return 0;
    int n = 0;
    for (int c = to; c >= 0; c = prev[c]) path[n++] = c;
    for (int i = 0; i < n / 2; i++) { int x = path[i]; path[i] = path[n - 1 - i]; path[n - 1 - i] = x; }
    return n;
}

int main(void) {
    int edges = 0;
    for (int i = 0; i < N; i++) for (int j = i + 1; j < N; j++) edges += adjacent(dict[i], dict[j]);
    printf("%d words, %d edges\n", N, edges);
    const char *pairs[][2] = {{"cold", "warm"}, {"fire", "hate"}, {"gold", "bolt"}, {"work", "game"}, {"head", "tall"}, {"film", "cold"}, {"cast", "heal"}};
    for (int i = 0; i < 7; i++) {
        int path[N];
        int n = ladder(find(pairs[i][0]), find(pairs[i][1]), path);
        printf("%s -> %s: ", pairs[i][0], pairs[i][1]);
        if (!n) { printf("no ladder\n"); continue; }
        for (int k = 0; k < n; k++) printf("%s%s", dict[path[k]], k + 1 < n ? " > " : "");
        printf(" (%d steps)\n", n - 1);
    }
    /* eccentricity of "cold": the farthest word */
    int best = 0, far = -1;
    for (int j = 0; j < N; j++) { int path[N]; int n = ladder(find("cold"), j, path); if (n - 1 > best) { best = n - 1; far = j; } }
    printf("farthest from cold: %s at %d steps\n", far >= 0 ? dict[far] : "-", best);
    return 0;
}
