// A tiny backtracking regex matcher (Pike/Kernighan style) extended with +, ?, character classes.
#include <stdio.h>
#include <string.h>

static int match_here(const char *re, const char *text);

/* length of the atom at re: a char, '.', an escape, or a [class] */
static int atom_len(const char *re) {
    if (*re == '\\' && re[1]) return 2;
    if (*re == '[') {
        const char *p = re + 1;
        if (*p == '^') p++;
        if (*p == ']') p++;
        while (*p && *p != ']') p++;
        return *p ? (int)(p - re + 1) : 1;
    }
    return 1;
}

static int atom_matches(const char *re, int len, char c) {
    if (!c) return 0;
    if (len == 1) return *re == '.' || *re == c;
    if (*re == '\\') {
        switch (re[1]) {
        case 'd': return c >= '0' && c <= '9';
        case 'w': return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        case 's': return c == ' ' || c == '\t';
        default: return re[1] == c;
        }
    }
    const char *p = re + 1, *end = re + len - 1;
    int neg = 0, hit = 0;
    if (*p == '^') { neg = 1; p++; }
    for (; p < end; p++) {
        if (p + 2 < end && p[1] == '-') { if (c >= p[0] && c <= p[2]) hit = 1; p += 2; }
        else if (*p == c) hit = 1;
    }
    return hit != neg;
}

static int match_repeat(const char *re, int len, int min, int max, const char *rest, const char *text) {
    int n = 0;
    while ((max < 0 || n < max) && atom_matches(re, len, text[n])) n++;
    for (; n >= min; n--) /* greedy, backtrack */
        if (match_here(rest, text + n)) return 1;
    return 0;
}

static int match_here(const char *re, const char *text) {
    if (!*re) return 1;
    if (*re == '$' && !re[1]) return !*text;
    int len = atom_len(re);
    char q = re[len];
    if (q == '*') return match_repeat(re, len, 0, -1, re + len + 1, text);
    if (q == '+') return match_repeat(re, len, 1, -1, re + len + 1, text);
    if (q == '?') return match_repeat(re, len, 0, 1, re + len + 1, text);
    if (atom_matches(re, len, *text)) return match_here(re + len, text + 1);
    return 0;
}

static int match(const char *re, const char *text, int *at) {
    if (*re == '^') { *at = 0; return match_here(re + 1, text); }
    const char *t = text;
    do {
        if (match_here(re, t)) { *at = (int)(t - text); return 1; }
    } while (*t++);
    return 0;
}

int main(void) {
    struct { const char *re, *text; } cases[] = {
        {"abc", "xxabcxx"}, {"^abc", "xxabc"}, {"^abc", "abcxx"}, {"abc$", "xxabc"}, {"a.c", "abc adc a-c"},
        {"ab*c", "ac"}, {"ab*c", "abbbbc"}, {"ab+c", "ac"}, {"ab+c", "abbc"}, {"colou?r", "color"},
        {"colou?r", "colour"}, {"colou?r", "colouur"}, {"[0-9]+", "abc 1234 def"}, {"^[a-z_][a-z0-9_]*$", "snake_case9"},
        {"^[a-z_][a-z0-9_]*$", "9lives"}, {"\\d+\\.\\d+", "pi is 3.14159"}, {"[^aeiou ]+", "aeio xyz"}, {"\\w+@\\w+\\.com", "mail bob@example.com now"},
        {"^\\s*#", "   # comment"}, {"a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaa"}, {"x*", ""}, {"^$", ""}, {"[]]", "a]b"}, {"h.*o", "hello world"},
    };
    int n = (int)(sizeof cases / sizeof cases[0]), matched = 0;
    for (int i = 0; i < n; i++) {
        int at = -1;
        int m = match(cases[i].re, cases[i].text, &at);
        matched += m;
        printf("%-22s %-26s %s", cases[i].re, cases[i].text, m ? "MATCH" : "no");
        if (m) printf(" at %d", at);
        printf("\n");
    }
    /* grep-like: lines containing identifiers followed by '(' */
    const char *prog[] = {"int main(void) {", "  x = foo(1, bar(2));", "  return 0;", "}", "static int helper_2 (int a)"};
    for (int i = 0; i < 5; i++) {
        int at;
        if (match("[a-z_][a-z0-9_]* ?\\(", prog[i], &at)) printf("call/def at %d: %s\n", at, prog[i]);
    }
    printf("%d of %d matched\n", matched, n);
    return 0;
}
