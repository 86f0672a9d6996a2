// setjmp/longjmp as an exception mechanism: error propagation out of a recursive evaluator.
#include <stdio.h>
#include <setjmp.h>
#include <string.h>

static jmp_buf on_error;
static const char *error_msg;
static const char *src;

static void fail(const char *msg) { error_msg = msg; longjmp(on_error, 1); }

static long expr(void);

static long primary(void) {
    while (*src == ' ') src++;
    if (*src == '(') {
        src++;
        long v = expr();
        while (*src == ' ') src++;
        if (*src != ')') fail("expected ')'");
        src++;
        return v;
    }
    if (*src == '-') { src++; return -primary(); }
    if (*src < '0' || *src > '9') fail("expected a number");
    long v = 0;
    while (*src >= '0' && *src <= '9') {
        v = v * 10 + (*src++ - '0');
        if (v > 100000000) fail("number too large");
    }
    return v;
}

static long term(void) {
    long v = primary();
    for (;;) {
        while (*src == ' ') src++;
        char op = *src;
        if (op != '*' && op != '/' && op != '%') return v;
        src++;
        long r = primary();
        if (op == '*') { if (v > 1000000000 / (r ? (r < 0 ? -r : r) : 1) && v > 0) fail("overflow"); v *= r; }
        else if (r == 0) fail("division by zero");
        else v = op == '/' ? v / r : v % r;
    }
}

static long expr(void) {
    long v = term();
    for (;;) {
        while (*src == ' ') src++;
        if (*src == '+') { src++; v += term(); }
        else if (*src == '-') { src++; v -= term(); }
        else return v;
    }
}

static int evaluate(const char *text, long *out) {
    src = text;
    if (setjmp(on_error)) return 0;
    long v = expr();
    while (*src == ' ') src++;
    if (*src) fail("trailing characters");
    *out = v;
    return 1;
}

int main(void) {
    const char *tests[] = {"1 + 2 * 3", "(1 + 2) * 3", "10 / (5 - 5)", "2 * (3 + 4", "-(7 % 4) + 100", "((((42))))", "1 +", "8 / 3 * 3 + 8 % 3",
                           "123456789012", "3 $ 4", "  -  -5", "(2*3*4*5*6*7*8*9*10*11*12*13*14)"};
    int ok = 0;
    for (int i = 0; i < 12; i++) {
        long v;
        if (evaluate(tests[i], &v)) { printf("%-34s = %ld\n", tests[i], v); ok++; }
        else printf("%-34s : error: %s at offset %d\n", tests[i], error_msg, (int)(src - tests[i]));
    }
    printf("%d ok, %d errors\n", ok, 12 - ok);
    return 0;
}
