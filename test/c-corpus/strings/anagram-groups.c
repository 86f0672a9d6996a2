// Group words into anagram classes: signature by sorted letters, qsort of records, bsearch lookup.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char sig[16]; char word[16]; } Rec;

static int cmp_char(const void *a, const void *b) { return *(const char *)a - *(const char *)b; }
static int cmp_rec(const void *a, const void *b) {
    const Rec *x = a, *y = b;
    int c = strcmp(x->sig, y->sig);
    return c ? c : strcmp(x->word, y->word);
}
static int cmp_key(const void *key, const void *elem) { return strcmp(key, ((const Rec *)elem)->sig); }

int main(void) {
    const char *words[] = {"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god",
                           "evil", "vile", "live", "veil", "levi", "stone", "tones", "notes", "onset", "seton",
                           "alone", "angel", "glean", "angle", "apple", "pale", "leap", "plea", "peal", "solo"};
    enum { N = sizeof words / sizeof words[0] };
    Rec recs[N];
    for (int i = 0; i < N; i++) {
        strcpy(recs[i].word, words[i]);
        strcpy(recs[i].sig, words[i]);
        qsort(recs[i].sig, strlen(recs[i].sig), 1, cmp_char);
    }
    qsort(recs, N, sizeof(Rec), cmp_rec);
    int groups = 0;
    for (int i = 0; i < N;) {
        int j = i;
        while (j < N && strcmp(recs[j].sig, recs[i].sig) == 0) j++;
        printf("%-8s (%d):", recs[i].sig, j - i);
        for (int k = i; k < j; k++) printf(" %s", recs[k].word);
        printf("\n");
        groups++;
        i = j;
    }
    printf("%d groups\n", groups);
    const char *queries[] = {"inlets", "odg", "banana", "elgna", "tca", "lopo"};
    for (int q = 0; q < 6; q++) {
        char sig[16];
        strcpy(sig, queries[q]);
        qsort(sig, strlen(sig), 1, cmp_char);
        Rec *hit = bsearch(sig, recs, N, sizeof(Rec), cmp_key);
        if (!hit) { printf("%s: no anagrams\n", queries[q]); continue; }
        while (hit > recs && strcmp(hit[-1].sig, sig) == 0) hit--;
        printf("%s:", queries[q]);
        for (; hit < recs + N && strcmp(hit->sig, sig) == 0; hit++) printf(" %s", hit->word);
        printf("\n");
    }
    return 0;
}
