// ARGS: 12 + 7 * 3 - 100 / 4 % 6 --verbose x 2
// Command-line arguments: argc/argv iteration, an expression given as separate words, option parsing, argv[0] unused.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int prec(const char *op) { return strchr("*/%x", op[0]) ? 2 : 1; }

static long apply(long a, const char *op, long b) {
    switch (op[0]) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': case 'x': return a * b;
    case '/': return b ? a / b : 0;
    case '%': return b ? a % b : 0;
    }
    return 0;
}

int main(int argc, char **argv) {
    int verbose = 0;
    const char *tokens[64];
    int n = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--verbose") == 0) { verbose = 1; continue; }
        tokens[n++] = argv[i];
    }
    printf("argc %d, %d expression tokens, verbose %d\n", argc, n, verbose);
    for (int i = 1; i < argc; i++) printf("argv[%d] = \"%s\" (len %zu)\n", i, argv[i], strlen(argv[i]));
    if (argv[argc] != NULL) { printf("argv not NULL-terminated\n"); return 2; }
    /* two-stack evaluation with precedence */
    long vals[32];
    const char *ops[32];
    int nv = 0, no = 0;
    for (int i = 0; i < n; i++) {
        const char *t = tokens[i];
        if ((t[0] >= '0' && t[0] <= '9') || (t[0] == '-' && t[1])) { vals[nv++] = strtol(t, NULL, 10); continue; }
        while (no && prec(ops[no - 1]) >= prec(t)) {
            long b = vals[--nv], a = vals[--nv];
            vals[nv++] = apply(a, ops[--no], b);
            if (verbose) printf("  reduce %ld %s %ld -> %ld\n", a, ops[no], b, vals[nv - 1]);
        }
        ops[no++] = t;
    }
    while (no) {
        long b = vals[--nv], a = vals[--nv];
        vals[nv++] = apply(a, ops[--no], b);
        if (verbose) printf("  reduce %ld %s %ld -> %ld\n", a, ops[no], b, vals[nv - 1]);
    }
    if (nv != 1) { printf("malformed expression\n"); return 1; }
    printf("result %ld\n", vals[0]);
    return 0;
}
