// Pointer-to-pointer idioms: list insertion without special cases, out-parameters, argv-like arrays, sorting pointers.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct L { int v; struct L *next; } L;

static void insert_sorted(L **pp, int v) {
    while (*pp && (*pp)->v < v) pp = &(*pp)->next;
    L *n = malloc(sizeof *n);
    n->v = v;
    n->next = *pp;
    *pp = n;
}

static int remove_if(L **pp, int (*pred)(int)) {
    int removed = 0;
    while (*pp) {
        if (pred((*pp)->v)) { L *d = *pp; *pp = d->next; free(d); removed++; }
        else pp = &(*pp)->next;
    }
    return removed;
}

static int is_mult3(int v) { return v % 3 == 0; }

static int split_words(const char *s, char ***out) {
    int cap = 2, n = 0;
    char **words = malloc(sizeof(char *) * (size_t)cap);
    while (*s) {
        while (*s == ' ') s++;
        if (!*s) break;
        const char *start = s;
        while (*s && *s != ' ') s++;
        if (n == cap) { cap *= 2; words = realloc(words, sizeof(char *) * (size_t)cap); }
        words[n] = malloc((size_t)(s - start) + 1);
        memcpy(words[n], start, (size_t)(s - start));
        words[n][s - start] = 0;
        n++;
    }
    *out = words;
    return n;
}

static void min_max(const int *a, int n, const int **pmin, const int **pmax) {
    *pmin = *pmax = a;
    for (int i = 1; i < n; i++) {
        if (a[i] < **pmin) *pmin = a + i;
        if (a[i] > **pmax) *pmax = a + i;
    }
}

static int cmp_strp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void) {
    L *head = NULL;
    for (int i = 0; i < 15; i++) insert_sorted(&head, (i * 11) % 17);
    printf("sorted:");
    for (L *p = head; p; p = p->next) printf(" %d", p->v);
    int r = remove_if(&head, is_mult3);
    printf("\nremoved %d:", r);
    for (L *p = head; p; p = p->next) printf(" %d", p->v);
    printf("\n");
    while (head) { L *n = head->next; free(head); head = n; }
    char **words;
    int n = split_words("  the quick  brown fox jumps over the lazy dog  ", &words);
    printf("%d words\n", n);
    qsort(words, (size_t)n, sizeof *words, cmp_strp);
    for (char **w = words; w < words + n; w++) printf("[%s]", *w);
    printf("\n");
    for (int i = 0; i < n; i++) free(words[i]);
    free(words);
    int data[] = {5, -3, 17, 8, 17, -9, 0, 4};
    const int *mn, *mx;
    min_max(data, 8, &mn, &mx);
    printf("min %d at %d, max %d at %d\n", *mn, (int)(mn - data), *mx, (int)(mx - data));
    /* triple indirection */
    int value = 1;
    int *p1 = &value, **p2 = &p1, ***p3 = &p2;
    ***p3 += 41;
    int other = 7;
    *p2 = &other;
    ***p3 *= 3;
    printf("value %d other %d\n", value, other);
    return 0;
}
