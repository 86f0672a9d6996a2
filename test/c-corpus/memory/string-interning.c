// String interning: a hash set of unique strings so equal strings share one pointer; pointer equality replaces strcmp.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Interned { struct Interned *next; unsigned hash; size_t len; char str[]; } Interned;

static Interned *buckets[64];
static int unique, lookups;

static unsigned hash(const char *s, size_t n) { unsigned h = 0; for (size_t i = 0; i < n; i++) h = h * 131 + (unsigned char)s[i]; return h; }

static const char *intern_n(const char *s, size_t n) {
    lookups++;
    unsigned h = hash(s, n);
    for (Interned *e = buckets[h % 64]; e; e = e->next)
        if (e->hash == h && e->len == n && memcmp(e->str, s, n) == 0) return e->str;
    Interned *e = malloc(sizeof *e + n + 1);
    e->hash = h;
    e->len = n;
    memcpy(e->str, s, n);
    e->str[n] = 0;
    e->next = buckets[h % 64];
    buckets[h % 64] = e;
    unique++;
    return e->str;
}

static const char *intern(const char *s) { return intern_n(s, strlen(s)); }

int main(void) {
    const char *text = "to be or not to be that is the question whether tis nobler in the mind to suffer "
                       "the slings and arrows of outrageous fortune or to take arms against a sea of troubles";
    const char *toks[64];
    int n = 0;
    for (const char *p = text; *p;) {
        while (*p == ' ') p++;
        const char *s = p;
        while (*p && *p != ' ') p++;
        if (p > s) toks[n++] = intern_n(s, (size_t)(p - s));
    }
    const char *to = intern("to"), *the = intern("the"), *or = intern("or");
    int c_to = 0, c_the = 0, c_or = 0;
    for (int i = 0; i < n; i++) { c_to += toks[i] == to; c_the += toks[i] == the; c_or += toks[i] == or; }
    printf("tokens %d unique %d lookups %d\n", n, unique, lookups);
    printf("to=%d the=%d or=%d\n", c_to, c_the, c_or);
    char buf[16];
    strcpy(buf, "question");
    printf("same pointer for copy: %s\n", intern(buf) == toks[9] ? "yes" : "no");
    int longest = 0;
    for (int b = 0; b < 64; b++) { int len = 0; for (Interned *e = buckets[b]; e; e = e->next) len++; if (len > longest) longest = len; }
    printf("longest chain %d\n", longest);
    /* first occurrence index of each unique token, in order */
    printf("first occurrences:");
    for (int i = 0; i < n; i++) {
        int first = 1;
        for (int j = 0; j < i; j++) if (toks[j] == toks[i]) { first = 0; break; }
        if (first) printf(" %s", toks[i]);
    }
    printf("\n");
    for (int b = 0; b < 64; b++) while (buckets[b]) { Interned *nx = buckets[b]->next; free(buckets[b]); buckets[b] = nx; }
    return 0;
}
