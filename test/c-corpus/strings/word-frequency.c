// Word frequency count with a binary tree keyed by lowercase words, then sorted by count with qsort.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

typedef struct W { char *word; int count; struct W *l, *r; } W;

static W *add(W *t, const char *w, int *distinct) {
    if (!t) {
        t = malloc(sizeof *t);
        t->word = strdup(w); t->count = 1; t->l = t->r = NULL;
        ++*distinct;
        return t;
    }
    int c = strcmp(w, t->word);
    if (c < 0) t->l = add(t->l, w, distinct);
    else if (c > 0) t->r = add(t->r, w, distinct);
    else t->count++;
    return t;
}

static int flatten(W *t, W **out, int n) {
    if (!t) return n;
    n = flatten(t->l, out, n);
    out[n++] = t;
    return flatten(t->r, out, n);
}

static int by_count(const void *a, const void *b) {
    const W *x = *(W *const *)a, *y = *(W *const *)b;
    if (x->count != y->count) return y->count - x->count;
    return strcmp(x->word, y->word);
}

static void destroy(W *t) { if (t) { destroy(t->l); destroy(t->r); free(t->word); free(t); } }

static const char *text =
    "It was the best of times, it was the worst of times, it was the age of wisdom, "
    "it was the age of foolishness, it was the epoch of belief, it was the epoch of "
    "incredulity, it was the season of Light, it was the season of Darkness, it was "
    "the spring of hope, it was the winter of despair, we had everything before us, "
    "we had nothing before us, we were all going direct to Heaven, we were all going "
    "direct the other way - in short, the period was so far like the present period, "
    "that some of its noisiest authorities insisted on its being received, for good "
    "or for evil, in the superlative degree of comparison only.";

int main(void) {
    W *root = NULL;
    int distinct = 0, total = 0;
    char buf[64];
    int n = 0;
    for (const char *p = text;; p++) {
        if (isalpha((unsigned char)*p)) {
            if (n < 63) buf[n++] = (char)tolower((unsigned char)*p);
            continue;
        }
        if (n) { buf[n] = 0; root = add(root, buf, &distinct); total++; n = 0; }
        if (!*p) break;
    }
    printf("total words %d, distinct %d\n", total, distinct);
    W **all = malloc(sizeof(W *) * (size_t)distinct);
    int m = flatten(root, all, 0);
    printf("alphabetical first 10:");
    for (int i = 0; i < 10 && i < m; i++) printf(" %s", all[i]->word);
    printf("\n");
    qsort(all, (size_t)m, sizeof *all, by_count);
    for (int i = 0; i < 15; i++) printf("%3d %-12s %s\n", all[i]->count, all[i]->word, i < 3 ? "***" : "");
    int longest = 0;
    for (int i = 1; i < m; i++) if (strlen(all[i]->word) > strlen(all[longest]->word)) longest = i;
    printf("longest word: %s (%zu)\n", all[longest]->word, strlen(all[longest]->word));
    free(all);
    destroy(root);
    return 0;
}
