// A number scanner written as a goto-based state machine (integers, decimals, exponents, hex), vs. a table version.
#include <stdio.h>
#include <string.h>

/* returns length of the longest valid numeric prefix, and its kind */
static int scan_goto(const char *s, const char **kind) {
    const char *p = s, *accept_end = s;
    *kind = "none";
    if (*p == '+' || *p == '-') p++;
    if (*p == '0' && (p[1] == 'x' || p[1] == 'X')) { p += 2; goto hex; }
    if (*p >= '0' && *p <= '9') goto intpart;
    if (*p == '.') { p++; goto frac_first; }
    goto done;
intpart:
    while (*p >= '0' && *p <= '9') p++;
    accept_end = p; *kind = "int";
    if (*p == '.') { p++; goto frac; }
    if (*p == 'e' || *p == 'E') { p++; goto exp_sign; }
    goto done;
frac_first:
    if (!(*p >= '0' && *p <= '9')) goto done;
frac:
    while (*p >= '0' && *p <= '9') p++;
    accept_end = p; *kind = "float";
    if (*p == 'e' || *p == 'E') { p++; goto exp_sign; }
    goto done;
exp_sign:
    if (*p == '+' || *p == '-') p++;
    if (!(*p >= '0' && *p <= '9')) goto done;
    while (*p >= '0' && *p <= '9') p++;
    accept_end = p; *kind = "float";
    goto done;
hex:
    if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f') || (*p >= 'A' && *p <= 'F'))) {
        /* "0x" alone: only the 0 is a number */
        accept_end = p - 1; *kind = "int";
        goto done;
    }
    while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f') || (*p >= 'A' && *p <= 'F')) p++;
    accept_end = p; *kind = "hex";
done:
    return (int)(accept_end - s);
}

/* table-driven DFA for decimal numbers only (no hex) */
static int scan_table(const char *s) {
    enum { START, SIGN, INT, DOT0, DOT, FRAC, E, ESIGN, EXP, DEAD };
    static const signed char next[9][4] = {
        /* digit  sign   dot   e  */
        {INT, SIGN, DOT0, DEAD}, {INT, DEAD, DOT0, DEAD}, {INT, DEAD, DOT, E}, {FRAC, DEAD, DEAD, DEAD},
        {FRAC, DEAD, DEAD, E},   {FRAC, DEAD, DEAD, E},   {EXP, ESIGN, DEAD, DEAD}, {EXP, DEAD, DEAD, DEAD}, {EXP, DEAD, DEAD, DEAD}};
    static const char accepting[10] = {0, 0, 1, 0, 1, 1, 0, 0, 1, 0};
    int state = START, last = 0;
    for (int i = 0; s[i] && state != DEAD; i++) {
        char c = s[i];
        int cls = c >= '0' && c <= '9' ? 0 : (c == '+' || c == '-') ? 1 : c == '.' ? 2 : (c == 'e' || c == 'E') ? 3 : -1;
        state = cls < 0 ? DEAD : next[state][cls];
        if (state != DEAD && accepting[state]) last = i + 1;
    }
    return last;
}

int main(void) {
    const char *tests[] = {"42", "-17abc", "3.14", "3.", ".5", ".", "1e10", "1e", "1e+", "2.5E-3x", "+.e1", "0x1F", "0xg", "0XdeadBEEFz",
                           "007", "-", "", "12.34.56", "6.02e23", "1.e5"};
    int disagree = 0;
    for (int i = 0; i < 20; i++) {
        const char *kind;
        int n = scan_goto(tests[i], &kind);
        int t = strncmp(tests[i] + (tests[i][0] == '-' || tests[i][0] == '+'), "0x", 2) && strncmp(tests[i], "0X", 2) ? scan_table(tests[i]) : -1;
        if (t >= 0 && t != n) disagree++;
        printf("%-14s -> %2d %-5s '%.*s'%s\n", tests[i], n, kind, n, tests[i], t >= 0 && t != n ? " (table disagrees)" : "");
    }
    printf("disagreements %d\n", disagree);
    return disagree;
}
