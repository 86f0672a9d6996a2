// Glob (wildcard) matching with *, ? and [sets]: recursive and iterative implementations agree.
#include <stdio.h>
#include <string.h>

static int class_match(const char **pp, char c) {
    const char *p = *pp + 1;
    int neg = *p == '!';
    if (neg) p++;
    int hit = 0;
    do {
        if (p[1] == '-' && p[2] && p[2] != ']') { if (c >= p[0] && c <= p[2]) hit = 1; p += 3; }
        else { if (*p == c) hit = 1; p++; }
    } while (*p && *p != ']');
    *pp = *p ? p + 1 : p;
    return hit != neg;
}

static int glob_rec(const char *p, const char *s) {
    for (; *p; ) {
        if (*p == '*') {
            while (*p == '*') p++;
            if (!*p) return 1;
            for (; *s; s++) if (glob_rec(p, s)) return 1;
            return glob_rec(p, s);
        }
        if (!*s) return 0;
        if (*p == '[') { if (!class_match(&p, *s)) return 0; s++; continue; }
        if (*p != '?' && *p != *s) return 0;
        p++; s++;
    }
    return !*s;
}

static int glob_iter(const char *p, const char *s) {
    const char *star_p = NULL, *star_s = NULL;
    while (*s) {
        if (*p == '*') { star_p = ++p; star_s = s; continue; }
        if (*p == '[') {
            const char *q = p;
            if (class_match(&q, *s)) { p = q; s++; continue; }
        } else if (*p && (*p == '?' || *p == *s)) { p++; s++; continue; }
        if (!star_p) return 0;
        p = star_p;
        s = ++star_s;
    }
    while (*p == '*') p++;
    return !*p;
}

int main(void) {
    const char *files[] = {"main.c", "main.h", "util.c", "util_test.c", "Makefile", "README.md", "a.out", "lib.so.1",
                           "data01.bin", "data2.bin", "x", ".hidden", "test_main.cpp"};
    const char *pats[] = {"*.c", "*.?", "main.*", "*_test.*", "[A-Z]*", "data[0-9]*.bin", "data[0-9][0-9].bin", "?",
                          "*", "*.*.*", "[!a-m]*", "*t*t*", "lib.so.[0-9]", "*main*", ".*", "*.[ch]"};
    int disagreements = 0;
    for (int i = 0; i < 16; i++) {
        printf("%-18s:", pats[i]);
        int count = 0;
        for (int f = 0; f < 13; f++) {
            int a = glob_rec(pats[i], files[f]), b = glob_iter(pats[i], files[f]);
            if (a != b) disagreements++;
            if (a) { printf(" %s", files[f]); count++; }
        }
        printf("  [%d]\n", count);
    }
    const char *hard = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab";
    printf("pathological: %d %d\n", glob_iter("*a*a*a*a*a*a*c", hard), glob_iter("*a*a*a*a*a*a*b", hard));
    printf("disagreements %d\n", disagreements);
    return disagreements;
}
