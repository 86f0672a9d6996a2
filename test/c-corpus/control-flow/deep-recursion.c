// Moderately deep recursion (thousands of frames) with frame-local arrays: recursive list sum, DFS on a long path, recursive string ops.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct N { int v; struct N *next; } N;

static long sum_list(const N *n) { return n ? n->v + sum_list(n->next) : 0; }
static int length_rec(const char *s) { return *s ? 1 + length_rec(s + 1) : 0; }
static void reverse_rec(char *a, int i, int j) { if (i >= j) return; char t = a[i]; a[i] = a[j]; a[j] = t; reverse_rec(a, i + 1, j - 1); }

static int frame_work(int depth) {
    int local[8];
    for (int i = 0; i < 8; i++) local[i] = depth * 8 + i;
    int below = depth > 0 ? frame_work(depth - 1) : 0;
    int s = 0;
    for (int i = 0; i < 8; i++) s += local[i] % 7;
    return below + s;
}

static int visited[4000];
static int dfs_path(int u, int n) { visited[u] = 1; int d = 0; if (u + 1 < n && !visited[u + 1]) d = 1 + dfs_path(u + 1, n); return d; }

int main(void) {
    N *head = NULL;
    for (int i = 0; i < 3000; i++) { N *n = malloc(sizeof *n); n->v = i % 97; n->next = head; head = n; }
    printf("sum_list over 3000 nodes: %ld\n", sum_list(head));
    char *s = malloc(2001);
    for (int i = 0; i < 2000; i++) s[i] = (char)('a' + i % 26);
    s[2000] = 0;
    printf("length_rec: %d\n", length_rec(s));
    reverse_rec(s, 0, 1999);
    printf("reversed head: %.26s\n", s);
    printf("frame_work(2500) = %d\n", frame_work(2500));
    printf("dfs path depth: %d\n", dfs_path(0, 4000));
    while (head) { N *n = head->next; free(head); head = n; }
    free(s);
    return 0;
}
