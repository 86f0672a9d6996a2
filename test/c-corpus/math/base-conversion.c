// Radix conversion: integers to/from bases 2..36, balanced ternary, negabinary, and fractional binary digits.
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>

static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static char *to_base(int64_t v, int base, char *buf) {
    char tmp[72];
    int n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do { tmp[n++] = digits[u % (unsigned)base]; u /= (unsigned)base; } while (u);
    int k = 0;
    if (v < 0) buf[k++] = '-';
    while (n) buf[k++] = tmp[--n];
    buf[k] = 0;
    return buf;
}

static int64_t from_base(const char *s, int base) {
    int neg = *s == '-';
    if (neg) s++;
    uint64_t v = 0;
    for (; *s; s++) v = v * (unsigned)base + (uint64_t)(strchr(digits, *s) - digits);
    return neg ? -(int64_t)v : (int64_t)v;
}

static void balanced_ternary(int v, char *out) {
    char tmp[32];
    int n = 0;
    if (!v) { strcpy(out, "0"); return; }
    while (v) {
        int r = ((v % 3) + 3) % 3;
        if (r == 2) { tmp[n++] = 'T'; v = (v + 1) / 3; }
        else { tmp[n++] = (char)('0' + r); v = (v - r) / 3; }
    }
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    out[n] = 0;
}

static void negabinary(int v, char *out) {
    char tmp[40];
    int n = 0;
    if (!v) { strcpy(out, "0"); return; }
    while (v) {
        int r = v % -2;
        v /= -2;
        if (r < 0) { r += 2; v += 1; }
        tmp[n++] = (char)('0' + r);
    }
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    out[n] = 0;
}

int main(void) {
    int64_t vals[] = {0, 1, -1, 255, 4096, -123456789, 2147483647, 9007199254740993LL, INT64_MIN + 1};
    int bases[] = {2, 3, 7, 8, 16, 36};
    char buf[80];
    int bad = 0;
    for (int i = 0; i < 9; i++) {
        printf("%lld:", (long long)vals[i]);
        for (int b = 0; b < 6; b++) {
            to_base(vals[i], bases[b], buf);
            if (from_base(buf, bases[b]) != vals[i]) bad++;
            if (bases[b] != 2 || vals[i] < 5000) printf(" b%d=%s", bases[b], buf);
        }
        printf("\n");
    }
    printf("balanced ternary:");
    for (int v = -13; v <= 13; v += 2) { balanced_ternary(v, buf); printf(" %d=%s", v, buf); }
    printf("\nnegabinary:");
    for (int v = -10; v <= 10; v += 3) { negabinary(v, buf); printf(" %d=%s", v, buf); }
    printf("\n");
    double fracs[] = {0.5, 0.1, 0.625, 1.0 / 3.0, 0.2};
    for (int i = 0; i < 5; i++) {
        double f = fracs[i];
        printf("%.6f = 0.", f);
        for (int k = 0; k < 24 && f > 0; k++) { f *= 2; int d = (int)f; putchar('0' + d); f -= d; }
        printf("b\n");
    }
    printf("round trip errors %d\n", bad);
    return bad;
}
