// String utilities: trim, split on delimiters (own strtok_r), join, reverse words in place.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static char *trim(char *s) {
    while (isspace((unsigned char)*s)) s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1])) *--e = 0;
    return s;
}

static size_t span(const char *s, const char *set, int in) {
    size_t n = 0;
    while (s[n] && (strchr(set, s[n]) != NULL) == in) n++;
    return n;
}

static char *my_strtok_r(char *s, const char *delim, char **save) {
    if (!s) s = *save;
    s += span(s, delim, 1);
    if (!*s) { *save = s; return NULL; }
    char *end = s + span(s, delim, 0);
    if (*end) *end++ = 0;
    *save = end;
    return s;
}

static int split(const char *s, char sep, char ***out) {
    int n = 1;
    for (const char *p = s; *p; p++) n += *p == sep;
    char **parts = malloc(sizeof(char *) * (size_t)n);
    int i = 0;
    const char *start = s;
    for (const char *p = s;; p++) {
        if (*p == sep || !*p) {
            size_t len = (size_t)(p - start);
            parts[i] = malloc(len + 1);
            memcpy(parts[i], start, len);
            parts[i][len] = 0;
            i++;
            start = p + 1;
            if (!*p) break;
        }
    }
    *out = parts;
    return n;
}

static char *join(char **parts, int n, const char *sep) {
    size_t total = 1;
    for (int i = 0; i < n; i++) total += strlen(parts[i]) + (i ? strlen(sep) : 0);
    char *r = malloc(total);
    r[0] = 0;
    for (int i = 0; i < n; i++) { if (i) strcat(r, sep); strcat(r, parts[i]); }
    return r;
}

static void reverse(char *a, char *b) { while (a < b) { char t = *a; *a++ = *b; *b-- = t; } }

static void reverse_words(char *s) {
    size_t n = strlen(s);
    if (!n) return;
    reverse(s, s + n - 1);
    for (char *w = s; *w;) {
        while (*w == ' ') w++;
        char *e = w;
        while (*e && *e != ' ') e++;
        if (e > w) reverse(w, e - 1);
        w = e;
    }
}

int main(void) {
    char t1[] = "   padded both sides \t\n";
    char t2[] = "nopad";
    char t3[] = "     ";
    printf("[%s] [%s] [%s]\n", trim(t1), trim(t2), trim(t3));
    char csv[] = "alpha,,beta;gamma , delta;;epsilon";
    char *save, *tok;
    int k = 0;
    for (tok = my_strtok_r(csv, ",;", &save); tok; tok = my_strtok_r(NULL, ",;", &save)) printf("tok %d: [%s] -> [%s]\n", k++, tok, trim(tok));
    char **parts;
    int n = split("usr/local//lib/mswasm/", '/', &parts);
    printf("split into %d:", n);
    for (int i = 0; i < n; i++) printf(" '%s'", parts[i]);
    char *j = join(parts, n, " | ");
    printf("\njoined: %s\n", j);
    free(j);
    for (int i = 0; i < n; i++) free(parts[i]);
    free(parts);
    char sentence[] = "the quick brown fox jumps over the lazy dog";
    reverse_words(sentence);
    printf("%s\n", sentence);
    char s2[] = "  leading and trailing  ";
    reverse_words(s2);
    printf("[%s]\n", s2);
    /* nested tokenising with two save pointers */
    char kv[] = "a=1&b=22&ccc=333&d=&=5";
    char *outer, *inner;
    for (char *pair = my_strtok_r(kv, "&", &outer); pair; pair = my_strtok_r(NULL, "&", &outer)) {
        char *key = my_strtok_r(pair, "=", &inner);
        char *val = my_strtok_r(NULL, "=", &inner);
        printf("key=%s val=%s\n", key ? key : "(none)", val ? val : "(none)");
    }
    return 0;
}
