// Loop shapes: multi-variable for, reverse and stepped loops, unsigned countdown, do-while(0) blocks, loops over strings.
#include <stdio.h>
#include <string.h>

int main(void) {
    /* two indices converging */
    char s[] = "abcdefghijklmnopqrstuvwxyz";
    for (int i = 0, j = (int)strlen(s) - 1; i < j; i++, j--) { char t = s[i]; s[i] = s[j]; s[j] = t; }
    printf("reversed %s\n", s);
    /* stepped and reverse loops */
    int sum = 0;
    for (int i = 100; i > 0; i -= 7) sum += i;
    printf("sum 100 step -7: %d\n", sum);
    unsigned cnt = 0;
    for (unsigned u = 10; u-- > 0;) cnt += u;
    printf("unsigned countdown sum %u\n", cnt);
    /* loop with exponential step */
    printf("powers:");
    for (long v = 1; v < 1000000; v *= 3) printf(" %ld", v);
    printf("\n");
    /* nested triangular loops */
    long tri = 0;
    for (int i = 0; i < 50; i++) for (int j = 0; j <= i; j++) for (int k = j; k <= i; k += 2) tri += (i ^ j ^ k) & 3;
    printf("triangular sum %ld\n", tri);
    /* do { } while (0) as a block with early exit */
    int value = 42, status = 0;
    do {
        if (value < 0) { status = 1; break; }
        if (value % 2) { status = 2; break; }
        value /= 2;
        status = 3;
    } while (0);
    printf("status %d value %d\n", status, value);
    /* pointer-walking loops */
    const char *text = "the  rain in   spain stays mainly";
    int words = 0, in = 0;
    for (const char *p = text; *p; p++) { if (*p != ' ' && !in) words++; in = *p != ' '; }
    printf("words %d\n", words);
    const char *q = text + strlen(text);
    int trailing_letters = 0;
    while (q > text && q[-1] != ' ') { q--; trailing_letters++; }
    printf("last word '%s' (%d letters)\n", q, trailing_letters);
    /* loop with both continue and a complex update */
    int a = 0, b = 1, steps = 0;
    for (; b < 5000; steps++) {
        int t = a + b;
        a = b;
        b = t;
        if (b % 2) continue;
        printf("even fib %d at step %d\n", b, steps);
    }
    /* array iteration with sizeof idiom and a sentinel */
    static const int data[] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, -1, 99};
    int total = 0, n = 0;
    for (const int *p = data; *p >= 0; p++) { total += *p; n++; }
    printf("before sentinel: %d values, total %d, array has %zu\n", n, total, sizeof data / sizeof *data);
    return 0;
}
