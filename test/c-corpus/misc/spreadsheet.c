// A tiny spreadsheet: cells hold numbers or formulas (A1+B2*2, SUM(A1:A4)), evaluated recursively with cycle detection.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#define ROWS 6
#define COLS 4

static const char *src[ROWS][COLS];
static double value[ROWS][COLS];
static int state[ROWS][COLS]; /* 0 = unevaluated, 1 = in progress, 2 = done, 3 = error */

static double eval_cell(int r, int c);
static const char *p;
static int error;

static int parse_ref(int *r, int *c) {
    if (!isupper((unsigned char)*p)) return 0;
    *c = *p++ - 'A';
    *r = 0;
    while (isdigit((unsigned char)*p)) *r = *r * 10 + (*p++ - '0');
    *r -= 1;
    if (*r < 0 || *r >= ROWS || *c >= COLS) { error = 1; return 0; }
    return 1;
}

static double expr(void);
static double atom(void) {
    while (*p == ' ') p++;
    if (*p == '(') { p++; double v = expr(); if (*p == ')') p++; else error = 1; return v; }
    if (*p == '-') { p++; return -atom(); }
    if (!strncmp(p, "SUM(", 4) || !strncmp(p, "MAX(", 4)) {
        int is_sum = *p == 'S';
        p += 4;
        int r1, c1, r2, c2;
        if (!parse_ref(&r1, &c1) || *p++ != ':' || !parse_ref(&r2, &c2) || *p++ != ')') { error = 1; return 0; }
        double acc = is_sum ? 0 : -1e300;
        for (int r = r1; r <= r2; r++) for (int c = c1; c <= c2; c++) { double v = eval_cell(r, c); acc = is_sum ? acc + v : (v > acc ? v : acc); }
        return acc;
    }
    int r, c;
    if (isupper((unsigned char)*p)) { if (parse_ref(&r, &c)) return eval_cell(r, c); return 0; }
    double v = 0;
    int digits = 0;
    while (isdigit((unsigned char)*p)) { v = v * 10 + (*p++ - '0'); digits++; }
    if (*p == '.') { p++; double scale = 0.1; while (isdigit((unsigned char)*p)) { v += (*p++ - '0') * scale; scale /= 10; digits++; } }
    if (!digits) error = 1;
    return v;
}
static double term(void) { double v = atom(); for (;;) { while (*p == ' ') p++; if (*p == '*') { p++; v *= atom(); } else if (*p == '/') { p++; double d = atom(); v = d != 0 ? v / d : 0; } else return v; } }
static double expr(void) { double v = term(); for (;;) { while (*p == ' ') p++; if (*p == '+') { p++; v += term(); } else if (*p == '-') { p++; v -= term(); } else return v; } }

static double eval_cell(int r, int c) {
    if (state[r][c] == 2) return value[r][c];
    if (state[r][c] == 1 || state[r][c] == 3) { error = 1; state[r][c] = 3; return 0; }
    const char *s = src[r][c];
    if (!s || !*s) { state[r][c] = 2; return value[r][c] = 0; }
    state[r][c] = 1;
    const char *saved = p;
    int saved_err = error;
    error = 0;
    p = s[0] == '=' ? s + 1 : s;
    double v = expr();
    if (*p) error = 1;
    int err = error;
    p = saved;
    error = saved_err || err;
    state[r][c] = err ? 3 : 2;
    return value[r][c] = v;
}

int main(void) {
    const char *init[ROWS][COLS] = {
        {"10", "20", "=A1+B1", "=C1*2"},
        {"3.5", "=A2*A2", "=SUM(A1:B2)", "=MAX(A1:C2)"},
        {"=A1/4", "=(A1+B1)/(A2-1.5)", "=-C2+100", "=D1-D2"},
        {"=A5", "=B4", "=C4+1", "1e3"},
        {"=A4", "7", "=SUM(A1:A3)", "=D6"},
        {"=B5*B5", "=A6-49", "=SUM(A6:B6)*0.5", "=A1"},
    };
    memcpy(src, init, sizeof src);
    for (int r = 0; r < ROWS; r++) for (int c = 0; c < COLS; c++) eval_cell(r, c);
    printf("    %12s%12s%12s%12s\n", "A", "B", "C", "D");
    for (int r = 0; r < ROWS; r++) {
        printf("%2d: ", r + 1);
        for (int c = 0; c < COLS; c++) { if (state[r][c] == 3) printf("%12s", "#ERR"); else printf("%12.4f", value[r][c]); }
        printf("\n");
    }
    int errors = 0;
    for (int r = 0; r < ROWS; r++) for (int c = 0; c < COLS; c++) errors += state[r][c] == 3;
    printf("%d cells in error\n", errors);
    return 0;
}
