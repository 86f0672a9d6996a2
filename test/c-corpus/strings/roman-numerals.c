// Roman numerals: conversion both ways, validation, and arithmetic in roman.
#include <stdio.h>
#include <string.h>

static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
static const char *symbols[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

static void to_roman(int n, char *out) {
    out[0] = 0;
    for (int i = 0; i < 13; i++)
        while (n >= values[i]) { strcat(out, symbols[i]); n -= values[i]; }
}

static int digit(char c) {
    switch (c) {
    case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50;
    case 'C': return 100; case 'D': return 500; case 'M': return 1000;
    default: return 0;
    }
}

/* returns value or -1 if not canonical */
static int from_roman(const char *s) {
    int total = 0;
    for (size_t i = 0; s[i]; i++) {
        int v = digit(s[i]);
        if (!v) return -1;
        int next = s[i + 1] ? digit(s[i + 1]) : 0;
        total += v < next ? -v : v;
    }
    char canon[32];
    if (total <= 0 || total >= 4000) return -1;
    to_roman(total, canon);
    return strcmp(canon, s) == 0 ? total : -1;
}

int main(void) {
    int samples[] = {1, 4, 9, 14, 40, 90, 400, 1666, 1987, 1994, 2024, 3999};
    char buf[32];
    for (int i = 0; i < 12; i++) {
        to_roman(samples[i], buf);
        printf("%4d = %-12s -> %d\n", samples[i], buf, from_roman(buf));
    }
    int bad = 0, longest = 0, longest_n = 0;
    for (int n = 1; n < 4000; n++) {
        to_roman(n, buf);
        if (from_roman(buf) != n) bad++;
        if ((int)strlen(buf) > longest) { longest = (int)strlen(buf); longest_n = n; }
    }
    to_roman(longest_n, buf);
    printf("round trip failures %d; longest %d = %s (%d chars)\n", bad, longest_n, buf, longest);
    const char *tests[] = {"IIII", "VV", "IC", "MCMXCIV", "XLII", "MMMM", "ABC", "IM", "CDXLIV"};
    for (int i = 0; i < 9; i++) printf("%-8s -> %d\n", tests[i], from_roman(tests[i]));
    char a[32], b[32], c[32];
    to_roman(1444, a); to_roman(2555, b); to_roman(from_roman(a) + from_roman(b), c);
    printf("%s + %s = %s\n", a, b, c);
    return bad;
}
