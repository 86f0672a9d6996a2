// Mutual recursion: even/odd, Hofstadter Female/Male sequences, and a recursive-descent JSON-like validator.
#include <stdio.h>
#include <ctype.h>

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static int M(int n);
static int F(int n) { return n == 0 ? 1 : n - M(F(n - 1)); }
static int M(int n) { return n == 0 ? 0 : n - F(M(n - 1)); }

/* validator: value := object | array | string | number | true | false | null */
static const char *p;
static int max_depth, depth;
static int value(void);
static void ws(void) { while (isspace((unsigned char)*p)) p++; }
static int lit(const char *s) { const char *q = p; while (*s) if (*q++ != *s++) return 0; p = q; return 1; }

static int string(void) {
    if (*p != '"') return 0;
    p++;
    while (*p && *p != '"') { if (*p == '\\') { p++; if (!*p) return 0; } p++; }
    if (*p != '"') return 0;
    p++;
    return 1;
}

static int number(void) {
    const char *s = p;
    if (*p == '-') p++;
    if (!isdigit((unsigned char)*p)) { p = s; return 0; }
    while (isdigit((unsigned char)*p)) p++;
    if (*p == '.') { p++; if (!isdigit((unsigned char)*p)) return 0; while (isdigit((unsigned char)*p)) p++; }
    return 1;
}

static int array(void) {
    p++; ws();
    if (*p == ']') { p++; return 1; }
    for (;;) {
        if (!value()) return 0;
        ws();
        if (*p == ',') { p++; continue; }
        if (*p == ']') { p++; return 1; }
        return 0;
    }
}

static int object(void) {
    p++; ws();
    if (*p == '}') { p++; return 1; }
    for (;;) {
        ws();
        if (!string()) return 0;
        ws();
        if (*p++ != ':') return 0;
        if (!value()) return 0;
        ws();
        if (*p == ',') { p++; continue; }
        if (*p == '}') { p++; return 1; }
        return 0;
    }
}

static int value(void) {
    ws();
    if (++depth > max_depth) max_depth = depth;
    int ok;
    switch (*p) {
    case '{': ok = object(); break;
    case '[': ok = array(); break;
    case '"': ok = string(); break;
    case 't': ok = lit("true"); break;
    case 'f': ok = lit("false"); break;
    case 'n': ok = lit("null"); break;
    default: ok = number(); break;
    }
    depth--;
    return ok;
}

static int validate(const char *s) { p = s; depth = max_depth = 0; int ok = value(); ws(); return ok && !*p; }

int main(void) {
    printf("even/odd:");
    for (unsigned n = 0; n < 10; n++) printf(" %u:%c", n, is_even(n) ? 'e' : 'o');
    printf(" 7777:%c\n", is_odd(7777) ? 'o' : 'e');
    printf("F:");
    for (int n = 0; n < 20; n++) printf(" %d", F(n));
    printf("\nM:");
    for (int n = 0; n < 20; n++) printf(" %d", M(n));
    printf("\n");
    const char *docs[] = {"{}", "[]", "[1, 2.5, -3, \"x\", true, false, null]", "{\"a\": {\"b\": [1, {\"c\": []}]}}", "[1, 2,]",
                          "{\"k\" 1}", "\"unterminated", "[[[[[[[[[[0]]]]]]]]]]", "{\"esc\": \"q\\\"uote\"}", "-", "01", "  [ 1 ] x"};
    for (int i = 0; i < 12; i++) {
        int ok = validate(docs[i]);
        printf("%-40s %s (max depth %d)\n", docs[i], ok ? "valid" : "INVALID", max_depth);
    }
    return 0;
}
