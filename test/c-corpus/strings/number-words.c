// Spelling integers in English words (up to billions, negatives) and counting letters.
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static const char *ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
static const char *tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

static void below1000(int n, char *out) {
    if (n >= 100) {
        strcat(out, ones[n / 100]);
        strcat(out, " hundred");
        n %= 100;
        if (n) strcat(out, " and ");
    }
    if (n >= 20) {
        strcat(out, tens[n / 10]);
        if (n % 10) { strcat(out, "-"); strcat(out, ones[n % 10]); }
    } else if (n > 0) {
        strcat(out, ones[n]);
    }
}

static void spell(int64_t n, char *out) {
    out[0] = 0;
    if (n == 0) { strcpy(out, "zero"); return; }
    uint64_t u = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
    if (n < 0) strcat(out, "minus ");
    static const char *scale[] = {"", " thousand", " million", " billion", " trillion", " quadrillion", " quintillion"};
    int groups[7], g = 0;
    while (u) { groups[g++] = (int)(u % 1000); u /= 1000; }
    int first = 1;
    for (int i = g - 1; i >= 0; i--) {
        if (!groups[i]) continue;
        if (!first) strcat(out, i == 0 && groups[i] < 100 ? " and " : ", ");
        below1000(groups[i], out);
        strcat(out, scale[i]);
        first = 0;
    }
}

static int letters(const char *s) { int n = 0; for (; *s; s++) n += *s >= 'a' && *s <= 'z'; return n; }

int main(void) {
    int64_t samples[] = {0, 7, 13, 20, 21, 99, 100, 101, 342, 1000, 1001, 1234, 90210, 1000000, 2147483647, -45, INT64_MIN, 1000000007};
    char buf[512];
    for (int i = 0; i < 18; i++) {
        spell(samples[i], buf);
        printf("%lld: %s\n", (long long)samples[i], buf);
    }
    long total = 0;
    for (int n = 1; n <= 1000; n++) { spell(n, buf); total += letters(buf); }
    printf("letters used for 1..1000: %ld\n", total);
    return 0;
}
