// Irreducible control flow via goto: loops with two entry points, jumps into loop bodies, and a backtracking parser.
#include <stdio.h>

/* two-entry loop: start in either half depending on parity */
static unsigned two_entry(unsigned n) {
    unsigned acc = 0, i = n;
    if (n & 1) goto second;
first:
    acc = acc * 3 + i;
    if (i == 0) return acc;
    i--;
second:
    acc ^= i << 2;
    if (i == 0) return acc;
    i--;
    if (acc % 5 == 0) goto second; /* back edge into the middle */
    goto first;
}

/* computes gcd with a loop whose header is entered from two places */
static unsigned gcd_irreducible(unsigned a, unsigned b) {
    if (a < b) goto swap;
loop:
    if (b == 0) return a;
    a %= b;
swap:
    { unsigned t = a; a = b; b = t; }
    goto loop;
}

/* a retry loop with multiple exits and re-entry into the middle */
static int parse_digits_with_retry(const char *s, int *value) {
    int i = 0, v = 0, retries = 0;
restart:
    v = 0;
    while (s[i] == ' ') i++;
digit:
    if (s[i] >= '0' && s[i] <= '9') { v = v * 10 + (s[i] - '0'); i++; goto digit; }
    if (s[i] == ',') { i++; retries++; goto restart; }   /* drop what we had and start over */
    if (s[i] == '_') { i++; goto digit; }                 /* separators inside a number */
    *value = v;
    return retries;
}

int main(void) {
    unsigned total = 0;
    for (unsigned n = 0; n < 40; n++) {
        unsigned r = two_entry(n);
        total = total * 7 + r;
        if (n < 12) printf("two_entry(%u) = %u\n", n, r);
    }
    printf("total %u\n", total);
    unsigned pairs[][2] = {{48, 18}, {18, 48}, {17, 5}, {0, 7}, {7, 0}, {1071, 462}, {4294967295u, 65535}};
    for (int i = 0; i < 7; i++) printf("gcd(%u,%u) = %u\n", pairs[i][0], pairs[i][1], gcd_irreducible(pairs[i][0], pairs[i][1]));
    const char *inputs[] = {"123", "  45,67", "1_000_000", "9,8,7,654", "x12", ",,,42"};
    for (int i = 0; i < 6; i++) {
        int v, r = parse_digits_with_retry(inputs[i], &v);
        printf("'%s' -> %d (%d restarts)\n", inputs[i], v, r);
    }
    return 0;
}
