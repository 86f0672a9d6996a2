// JSON parser building a tree (objects, arrays, strings with escapes, numbers, literals), pretty printer and queries.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } JType;
typedef struct J { JType t; double num; int b; char *str; struct J **items; char **keys; int n; } J;

static const char *p;
static const char *err;

static J *jnew(JType t) { J *j = calloc(1, sizeof *j); j->t = t; return j; }
static void ws(void) { while (isspace((unsigned char)*p)) p++; }
static J *parse_value(void);

static char *parse_string(void) {
    p++; /* opening quote */
    size_t cap = 16, n = 0;
    char *s = malloc(cap);
    while (*p && *p != '"') {
        char c = *p++;
        if (c == '\\') {
            char e = *p++;
            switch (e) {
            case 'n': c = '\n'; break; case 't': c = '\t'; break; case '"': c = '"'; break;
            case '\\': c = '\\'; break; case '/': c = '/'; break;
            case 'u': { int v = 0; for (int i = 0; i < 4; i++) { char h = *p++; v = v * 16 + (isdigit((unsigned char)h) ? h - '0' : (tolower((unsigned char)h) - 'a' + 10)); } c = v < 128 ? (char)v : '?'; break; }
            default: err = "bad escape"; c = '?';
            }
        }
        if (n + 2 > cap) s = realloc(s, cap *= 2);
        s[n++] = c;
    }
    if (*p != '"') err = "unterminated string"; else p++;
    s[n] = 0;
    return s;
}

static void add_item(J *j, J *item, char *key) {
    j->items = realloc(j->items, sizeof(J *) * (size_t)(j->n + 1));
    if (j->t == J_OBJ) j->keys = realloc(j->keys, sizeof(char *) * (size_t)(j->n + 1)), j->keys[j->n] = key;
    j->items[j->n++] = item;
}

static J *parse_value(void) {
    ws();
    if (err) return jnew(J_NULL);
    if (*p == '{' || *p == '[') {
        int obj = *p == '{';
        J *j = jnew(obj ? J_OBJ : J_ARR);
        p++; ws();
        if (*p == (obj ? '}' : ']')) { p++; return j; }
        for (;;) {
            char *key = NULL;
            if (obj) {
                ws();
                if (*p != '"') { err = "expected key"; return j; }
                key = parse_string();
                ws();
                if (*p++ != ':') { err = "expected ':'"; free(key); return j; }
            }
            add_item(j, parse_value(), key);
            ws();
            if (*p == ',') { p++; continue; }
            if (*p == (obj ? '}' : ']')) { p++; return j; }
            err = "expected ',' or close";
            return j;
        }
    }
    if (*p == '"') { J *j = jnew(J_STR); j->str = parse_string(); return j; }
    if (!strncmp(p, "true", 4) || !strncmp(p, "false", 5)) { J *j = jnew(J_BOOL); j->b = *p == 't'; p += j->b ? 4 : 5; return j; }
    if (!strncmp(p, "null", 4)) { p += 4; return jnew(J_NULL); }
    if (*p == '-' || isdigit((unsigned char)*p)) {
        J *j = jnew(J_NUM);
        int neg = *p == '-';
        if (neg) p++;
        double v = 0, frac = 0, scale = 1;
        while (isdigit((unsigned char)*p)) v = v * 10 + (*p++ - '0');
        if (*p == '.') { p++; while (isdigit((unsigned char)*p)) { frac = frac * 10 + (*p++ - '0'); scale *= 10; } }
        v += frac / scale;
        if (*p == 'e' || *p == 'E') { p++; int es = 1, e = 0; if (*p == '-') { es = -1; p++; } else if (*p == '+') p++; while (isdigit((unsigned char)*p)) e = e * 10 + (*p++ - '0'); while (e--) v = es > 0 ? v * 10 : v / 10; }
        j->num = neg ? -v : v;
        return j;
    }
    err = "unexpected character";
    return jnew(J_NULL);
}

static void indent(int d) { for (int i = 0; i < d; i++) printf("  "); }
static void print_str(const char *s) { putchar('"'); for (; *s; s++) { if (*s == '"' || *s == '\\') putchar('\\'); if (*s == '\n') printf("\\n"); else if (*s == '\t') printf("\\t"); else putchar(*s); } putchar('"'); }

static void pretty(const J *j, int d) {
    switch (j->t) {
    case J_NULL: printf("null"); break;
    case J_BOOL: printf(j->b ? "true" : "false"); break;
    case J_NUM: printf("%.10g", j->num); break;
    case J_STR: print_str(j->str); break;
    case J_ARR: case J_OBJ:
        if (!j->n) { printf(j->t == J_ARR ? "[]" : "{}"); break; }
        printf(j->t == J_ARR ? "[\n" : "{\n");
        for (int i = 0; i < j->n; i++) {
            indent(d + 1);
            if (j->t == J_OBJ) { print_str(j->keys[i]); printf(": "); }
            pretty(j->items[i], d + 1);
            printf(i + 1 < j->n ? ",\n" : "\n");
        }
        indent(d);
        printf(j->t == J_ARR ? "]" : "}");
    }
}

static const J *get(const J *j, const char *path) { /* dotted path, numbers index arrays */
    char seg[32];
    while (j && *path) {
        int n = 0;
        while (*path && *path != '.') seg[n++] = *path++;
        seg[n] = 0;
        if (*path) path++;
        if (j->t == J_OBJ) { const J *f = NULL; for (int i = 0; i < j->n; i++) if (!strcmp(j->keys[i], seg)) f = j->items[i]; j = f; }
        else if (j->t == J_ARR) { int idx = atoi(seg); j = idx >= 0 && idx < j->n ? j->items[idx] : NULL; }
        else j = NULL;
    }
    return j;
}

static void jfree(J *j) {
    for (int i = 0; i < j->n; i++) { jfree(j->items[i]); if (j->keys) free(j->keys[i]); }
    free(j->items); free(j->keys); free(j->str); free(j);
}

int main(void) {
    const char *doc = "{\"name\": \"mswasm\", \"version\": 1.5, \"features\": [\"segments\", \"handles\", \"bounds\\tchecks\"],"
                      " \"limits\": {\"max_segments\": 65536, \"handle_bytes\": 16, \"ratio\": -2.5e-3}, \"stable\": false,"
                      " \"owner\": null, \"nested\": [[1, 2], [], {\"deep\": [true, {\"x\": \"\\u0041\\\"q\\\"\"}]}]}";
    p = doc; err = NULL;
    J *root = parse_value();
    if (err) { printf("error: %s\n", err); return 1; }
    pretty(root, 0);
    printf("\n");
    const char *queries[] = {"name", "limits.handle_bytes", "features.2", "nested.2.deep.1.x", "nested.0.1", "missing.path", "limits.ratio"};
    for (int i = 0; i < 7; i++) {
        const J *r = get(root, queries[i]);
        printf("%-20s => ", queries[i]);
        if (r) pretty(r, 0); else printf("(not found)");
        printf("\n");
    }
    jfree(root);
    const char *bad[] = {"{\"a\" 1}", "[1, 2", "{\"s\": \"unterminated}", "[tru]"};
    for (int i = 0; i < 4; i++) { p = bad[i]; err = NULL; J *j = parse_value(); printf("%-24s -> %s\n", bad[i], err ? err : "ok"); jfree(j); }
    return 0;
}
