// Shunting-yard conversion of infix to RPN with precedence, associativity, unary minus and functions; then evaluation.
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <math.h>

typedef struct { char kind; double val; char op; } Tok; /* kind: n=number o=operator f=function ( ) */

static int prec(char op) { switch (op) { case '+': case '-': return 1; case '*': case '/': case '%': return 2; case '~': return 3; case '^': return 4; } return 0; }
static int right_assoc(char op) { return op == '^' || op == '~'; }

static int to_rpn(const char *s, Tok *out) {
    Tok stack[64];
    int sp = 0, n = 0, expect_operand = 1;
    while (*s) {
        if (isspace((unsigned char)*s)) { s++; continue; }
        if (isdigit((unsigned char)*s) || *s == '.') {
            double v = 0, scale = 0;
            while (isdigit((unsigned char)*s) || *s == '.') {
                if (*s == '.') scale = 1;
                else { v = v * 10 + (*s - '0'); if (scale) scale *= 10; }
                s++;
            }
            out[n++] = (Tok){'n', scale ? v / scale : v, 0};
            expect_operand = 0;
        } else if (isalpha((unsigned char)*s)) {
            char name = *s; /* s = sqrt, a = abs, f = floor */
            while (isalpha((unsigned char)*s)) s++;
            stack[sp++] = (Tok){'f', 0, name};
        } else if (*s == '(') { stack[sp++] = (Tok){'(', 0, 0}; s++; expect_operand = 1; }
        else if (*s == ')') {
            while (sp && stack[sp - 1].kind != '(') out[n++] = stack[--sp];
            if (!sp) return -1;
            sp--;
            if (sp && stack[sp - 1].kind == 'f') out[n++] = stack[--sp];
            s++;
            expect_operand = 0;
        } else {
            char op = *s++;
            if (op == '-' && expect_operand) op = '~';
            if (!prec(op)) return -1;
            while (sp && stack[sp - 1].kind == 'o' && (prec(stack[sp - 1].op) > prec(op) || (prec(stack[sp - 1].op) == prec(op) && !right_assoc(op)))) out[n++] = stack[--sp];
            stack[sp++] = (Tok){'o', 0, op};
            expect_operand = 1;
        }
    }
    while (sp) { if (stack[sp - 1].kind == '(') return -1; out[n++] = stack[--sp]; }
    return n;
}

static int eval(const Tok *t, int n, double *result) {
    double st[64];
    int sp = 0;
    for (int i = 0; i < n; i++) {
        if (t[i].kind == 'n') { st[sp++] = t[i].val; continue; }
        if (t[i].kind == 'f') {
            if (sp < 1) return 0;
            double x = st[sp - 1];
            st[sp - 1] = t[i].op == 's' ? sqrt(x) : t[i].op == 'a' ? fabs(x) : floor(x);
            continue;
        }
        if (t[i].op == '~') { if (sp < 1) return 0; st[sp - 1] = -st[sp - 1]; continue; }
        if (sp < 2) return 0;
        double b = st[--sp], a = st[--sp], r = 0;
        switch (t[i].op) {
        case '+': r = a + b; break;
        case '-': r = a - b; break;
        case '*': r = a * b; break;
        case '/': r = a / b; break;
        case '%': r = fmod(a, b); break;
        case '^': { r = 1; for (int k = 0; k < (int)b; k++) r *= a; break; }
        }
        st[sp++] = r;
    }
    if (sp != 1) return 0;
    *result = st[0];
    return 1;
}

int main(void) {
    const char *exprs[] = {"3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "2 ^ 3 ^ 2", "(2 ^ 3) ^ 2", "-3 ^ 2", "- (4 - 6) * 3", "10 % 4 + 7 % 2.5",
                           "sqrt(16) + abs(-3.5) * floor(2.9)", "1.5 * (2 + 3.25) - 0.125", "((1))", "2 * (3 + 4", "8 / 0.5 / 2", "5 --3", "sqrt(2) * sqrt(2)"};
    for (unsigned i = 0; i < sizeof exprs / sizeof *exprs; i++) {
        Tok rpn[64];
        int n = to_rpn(exprs[i], rpn);
        printf("%-36s", exprs[i]);
        if (n < 0) { printf(" -> syntax error\n"); continue; }
        printf(" ->");
        for (int k = 0; k < n; k++) {
            if (rpn[k].kind == 'n') printf(" %g", rpn[k].val);
            else printf(" %c", rpn[k].op);
        }
        double v;
        if (eval(rpn, n, &v)) printf("  = %.10g\n", v); else printf("  = eval error\n");
    }
    return 0;
}
