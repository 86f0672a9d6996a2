// Function-pointer dispatch tables: an RPN calculator with operator table, arrays of handlers, and lookup by name.
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

typedef long (*BinOp)(long, long);

static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return a * b; }
static long op_div(long a, long b) { return b ? a / b : 0; }
static long op_mod(long a, long b) { return b ? a % b : 0; }
static long op_pow(long a, long b) { long r = 1; while (b-- > 0) r *= a; return r; }
static long op_max(long a, long b) { return a > b ? a : b; }
static long op_min(long a, long b) { return a < b ? a : b; }
static long op_gcd(long a, long b) { while (b) { long t = a % b; a = b; b = t; } return a < 0 ? -a : a; }

static const struct { const char *name; BinOp fn; } ops[] = {
    {"+", op_add}, {"-", op_sub}, {"*", op_mul}, {"/", op_div}, {"%", op_mod},
    {"^", op_pow}, {"max", op_max}, {"min", op_min}, {"gcd", op_gcd},
};

static BinOp lookup(const char *name) {
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (strcmp(ops[i].name, name) == 0) return ops[i].fn;
    return NULL;
}

static int rpn(const char *expr, long *result) {
    long stack[32];
    int sp = 0;
    char buf[128];
    strncpy(buf, expr, sizeof buf - 1);
    buf[sizeof buf - 1] = 0;
    char *save = buf;
    while (*save) {
        while (*save == ' ') save++;
        if (!*save) break;
        char *tok = save;
        while (*save && *save != ' ') save++;
        if (*save) *save++ = 0;
        BinOp f = lookup(tok);
        if (f) {
            if (sp < 2) return 0;
            long b = stack[--sp], a = stack[--sp];
            stack[sp++] = f(a, b);
        } else {
            char *end;
            long v = strtol(tok, &end, 10);
            if (*end || sp == 32) return 0;
            stack[sp++] = v;
        }
    }
    if (sp != 1) return 0;
    *result = stack[0];
    return 1;
}

typedef void (*Handler)(int *state);
static void h_inc(int *s) { *s += 1; }
static void h_dbl(int *s) { *s *= 2; }
static void h_neg(int *s) { *s = -*s; }
static void h_sq(int *s) { *s = *s * *s % 100003; }

int main(void) {
    const char *exprs[] = {"3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "17 5 %", "12 18 gcd 4 max", "1 2 3", "1 +", "7 0 /",
                           "100 7 / 7 * 100 7 % +", "9 3 min 8 max 2 ^"};
    for (int i = 0; i < 10; i++) {
        long r;
        if (rpn(exprs[i], &r)) printf("%-28s => %ld\n", exprs[i], r);
        else printf("%-28s => error\n", exprs[i]);
    }
    Handler table[4] = {h_inc, h_dbl, h_neg, h_sq};
    int state = 1;
    const char *program = "0101312031110221";
    for (const char *p = program; *p; p++) {
        table[*p - '0'](&state);
        printf("%d ", state);
    }
    printf("\n");
    /* table of tables */
    Handler *programs[3] = {table, table + 1, table + 2};
    state = 3;
    for (int round = 0; round < 6; round++) programs[round % 3][round % 2](&state);
    printf("final %d\n", state);
    return 0;
}
