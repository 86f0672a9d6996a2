// Trie over lowercase words: insert, lookup, prefix counting, lexicographic listing, deletion.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Trie {
    struct Trie *child[26];
    int terminal;
    int passing;
} Trie;

static Trie *node(void) { return calloc(1, sizeof(Trie)); }

static void insert(Trie *t, const char *w) {
    for (; *w; w++) {
        int c = *w - 'a';
        if (!t->child[c]) t->child[c] = node();
        t = t->child[c];
        t->passing++;
    }
    t->terminal++;
}

static const Trie *walk(const Trie *t, const char *w) {
    for (; *w && t; w++) t = t->child[*w - 'a'];
    return t;
}

static int contains(const Trie *t, const char *w) { t = walk(t, w); return t && t->terminal; }
static int prefix_count(const Trie *t, const char *p) { t = walk(t, p); return t ? t->passing : 0; }

static int list(const Trie *t, char *buf, int depth, int limit) {
    int printed = 0;
    if (t->terminal && limit > 0) {
        buf[depth] = 0;
        printf("  %s%s\n", buf, t->terminal > 1 ? " (dup)" : "");
        printed++;
    }
    for (int c = 0; c < 26 && printed < limit; c++) {
        if (!t->child[c]) continue;
        buf[depth] = (char)('a' + c);
        printed += list(t->child[c], buf, depth + 1, limit - printed);
    }
    return printed;
}

static int erase(Trie *t, const char *w) {
    if (!contains(t, w)) return 0;
    Trie *cur = t;
    for (const char *p = w; *p; p++) {
        Trie *next = cur->child[*p - 'a'];
        if (--next->passing == 0) {
            cur->child[*p - 'a'] = NULL;
            /* free the now-unreachable chain */
            Trie *dead = next;
            for (const char *q = p + 1;; q++) {
                Trie *n2 = *q ? dead->child[*q - 'a'] : NULL;
                free(dead);
                if (!n2) break;
                dead = n2;
            }
            return 1;
        }
        cur = next;
    }
    cur->terminal--;
    return 1;
}

static int nodes(const Trie *t) {
    int n = 1;
    for (int c = 0; c < 26; c++) if (t->child[c]) n += nodes(t->child[c]);
    return n;
}

static void destroy(Trie *t) {
    for (int c = 0; c < 26; c++) if (t->child[c]) destroy(t->child[c]);
    free(t);
}

int main(void) {
    const char *text = "the quick brown fox jumps over the lazy dog then the dog sleeps "
                       "there thereafter theory thermal quiz quilt quiet brown browse brownie";
    Trie *root = node();
    char word[32];
    int n = 0, words = 0;
    for (const char *p = text;; p++) {
        if (*p >= 'a' && *p <= 'z') { word[n++] = *p; continue; }
        if (n) { word[n] = 0; insert(root, word); words++; n = 0; }
        if (!*p) break;
    }
    printf("words %d nodes %d\n", words, nodes(root));
    const char *probes[] = {"the", "then", "thermal", "therm", "dog", "do", "quilt", "zebra"};
    for (int i = 0; i < 8; i++)
        printf("%-8s contains=%d prefix=%d\n", probes[i], contains(root, probes[i]),
               prefix_count(root, probes[i]));
    char buf[64];
    printf("listing:\n");
    list(root, buf, 0, 100);
    int e1 = erase(root, "thermal");
    int e2 = erase(root, "fox");
    int e3 = erase(root, "thermal");
    printf("erase: %d %d %d\n", e1, e2, e3);
    int e4 = erase(root, "the");
    printf("erase the: %d, contains the: %d\n", e4, contains(root, "the"));
    printf("nodes now %d, prefix th %d\n", nodes(root), prefix_count(root, "th"));
    printf("first five:\n");
    list(root, buf, 0, 5);
    destroy(root);
    return 0;
}
