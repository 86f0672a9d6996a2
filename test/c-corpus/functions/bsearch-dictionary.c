// A sorted dictionary of records searched with bsearch (exact, prefix range via lower bound), plus own binary search.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { const char *word; int freq; } Entry;

static int cmp_entry(const void *a, const void *b) { return strcmp(((const Entry *)a)->word, ((const Entry *)b)->word); }
static int cmp_key(const void *k, const void *e) { return strcmp(k, ((const Entry *)e)->word); }

static size_t lower_bound(const Entry *a, size_t n, const char *key) {
    size_t lo = 0, hi = n;
    while (lo < hi) { size_t mid = lo + (hi - lo) / 2; if (strcmp(a[mid].word, key) < 0) lo = mid + 1; else hi = mid; }
    return lo;
}

int main(void) {
    Entry dict[] = {{"segment", 40}, {"handle", 55}, {"bound", 31}, {"base", 60}, {"offset", 47}, {"tag", 22}, {"forge", 5},
                    {"free", 70}, {"malloc", 66}, {"memory", 90}, {"module", 38}, {"memcpy", 25}, {"memset", 19}, {"member", 7},
                    {"handler", 12}, {"hand", 3}, {"segfault", 9}, {"segmentation", 14}, {"table", 33}, {"bounds", 28}};
    size_t n = sizeof dict / sizeof *dict;
    qsort(dict, n, sizeof *dict, cmp_entry);
    for (size_t i = 0; i < n; i++) printf("%s%s", dict[i].word, i + 1 < n ? " " : "\n");
    const char *queries[] = {"memory", "handle", "hands", "tag", "aardvark", "zebra", "bound", "segmentation"};
    for (int q = 0; q < 8; q++) {
        Entry *e = bsearch(queries[q], dict, n, sizeof *dict, cmp_key);
        printf("%-13s %s", queries[q], e ? "found" : "missing");
        if (e) printf(" freq %d index %d", e->freq, (int)(e - dict));
        printf("\n");
    }
    const char *prefixes[] = {"mem", "hand", "seg", "b", "x", "m"};
    for (int p = 0; p < 6; p++) {
        size_t len = strlen(prefixes[p]);
        size_t i = lower_bound(dict, n, prefixes[p]);
        int total = 0;
        printf("prefix %-5s:", prefixes[p]);
        for (; i < n && strncmp(dict[i].word, prefixes[p], len) == 0; i++) { printf(" %s", dict[i].word); total += dict[i].freq; }
        printf("  (total freq %d)\n", total);
    }
    int nums[64];
    for (int i = 0; i < 64; i++) nums[i] = i * 3 + (i > 30 ? 1 : 0);
    int found = 0;
    for (int k = -5; k < 200; k++) {
        int lo = 0, hi = 63, hit = -1;
        while (lo <= hi) { int mid = (lo + hi) / 2; if (nums[mid] == k) { hit = mid; break; } if (nums[mid] < k) lo = mid + 1; else hi = mid - 1; }
        if (hit >= 0) found++;
    }
    printf("own binary search found %d of 64\n", found);
    return 0;
}
