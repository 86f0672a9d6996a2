// A lexer for a C-like language: identifiers, keywords, numbers, strings, operators, comments.
#include <stdio.h>
#include <string.h>
#include <ctype.h>

typedef enum { T_IDENT, T_KEYWORD, T_INT, T_FLOAT, T_STRING, T_CHAR, T_OP, T_EOF, T_ERROR } Kind;
static const char *kind_names[] = {"ident", "keyword", "int", "float", "string", "char", "op", "eof", "error"};

typedef struct { Kind kind; const char *start; int len, line; } Token;

static const char *src;
static int line = 1;

static int is_keyword(const char *s, int n) {
    static const char *kw[] = {"int", "char", "return", "if", "else", "while", "for", "struct", "static", "void", "sizeof"};
    for (unsigned i = 0; i < sizeof kw / sizeof *kw; i++)
        if ((int)strlen(kw[i]) == n && strncmp(kw[i], s, (size_t)n) == 0) return 1;
    return 0;
}

static Token next(void) {
    for (;;) {
        while (isspace((unsigned char)*src)) { if (*src == '\n') line++; src++; }
        if (src[0] == '/' && src[1] == '/') { while (*src && *src != '\n') src++; continue; }
        if (src[0] == '/' && src[1] == '*') {
            src += 2;
            while (*src && !(src[0] == '*' && src[1] == '/')) { if (*src == '\n') line++; src++; }
            if (*src) src += 2;
            continue;
        }
        break;
    }
    Token t = {T_EOF, src, 0, line};
    if (!*src) return t;
    if (isalpha((unsigned char)*src) || *src == '_') {
        while (isalnum((unsigned char)*src) || *src == '_') src++;
        t.len = (int)(src - t.start);
        t.kind = is_keyword(t.start, t.len) ? T_KEYWORD : T_IDENT;
    } else if (isdigit((unsigned char)*src)) {
        t.kind = T_INT;
        if (src[0] == '0' && (src[1] == 'x' || src[1] == 'X')) { src += 2; while (isxdigit((unsigned char)*src)) src++; }
        else {
            while (isdigit((unsigned char)*src)) src++;
            if (*src == '.') { t.kind = T_FLOAT; src++; while (isdigit((unsigned char)*src)) src++; }
            if (*src == 'e' || *src == 'E') { t.kind = T_FLOAT; src++; if (*src == '-' || *src == '+') src++; while (isdigit((unsigned char)*src)) src++; }
        }
        t.len = (int)(src - t.start);
    } else if (*src == '"' || *src == '\'') {
        char q = *src++;
        while (*src && *src != q && *src != '\n') { if (*src == '\\' && src[1]) src++; src++; }
        if (*src == q) { src++; t.kind = q == '"' ? T_STRING : T_CHAR; } else t.kind = T_ERROR;
        t.len = (int)(src - t.start);
    } else {
        static const char *ops[] = {"<<=", ">>=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
                                    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^="};
        t.kind = T_OP;
        t.len = 1;
        for (unsigned i = 0; i < sizeof ops / sizeof *ops; i++)
            if (strncmp(src, ops[i], strlen(ops[i])) == 0) { t.len = (int)strlen(ops[i]); break; }
        if (t.len == 1 && !strchr("+-*/%<>=!&|^~?:;,.(){}[]#", *src)) t.kind = T_ERROR;
        src += t.len;
    }
    return t;
}

int main(void) {
    src = "/* header */\n"
          "static int counter = 0x1F;\n"
          "int main(void) {\n"
          "    char *s = \"a \\\"quoted\\\" string\"; // trailing comment\n"
          "    double d = 3.25e-3 + .5;\n"
          "    for (int i = 0; i <= 10; ++i) counter <<= 1, s->x += 'c';\n"
          "    if (a && b || !c) return sizeof(struct foo) >> 2;\n"
          "    @ \"unterminated\n"
          "}\n";
    int counts[9] = {0};
    Token t;
    int lastline = 0;
    do {
        t = next();
        counts[t.kind]++;
        if (t.line != lastline) { printf("%s%2d:", lastline ? "\n" : "", t.line); lastline = t.line; }
        if (t.kind == T_OP || t.kind == T_IDENT) printf(" %.*s", t.len, t.start);
        else printf(" %s(%.*s)", kind_names[t.kind], t.len, t.start);
    } while (t.kind != T_EOF);
    printf("\n");
    for (int k = 0; k < 9; k++) printf("%s=%d ", kind_names[k], counts[k]);
    printf("\n");
    return 0;
}
