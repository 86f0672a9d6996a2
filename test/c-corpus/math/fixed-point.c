// Q16.16 fixed-point arithmetic: multiply, divide, sqrt, sine by Taylor series, compared to double.
#include <stdio.h>
#include <stdint.h>
#include <math.h>

typedef int32_t fix;
#define FRAC 16
#define ONE (1 << FRAC)

static fix from_int(int x) { return (fix)((uint32_t)x << FRAC); }
static fix from_double(double d) { return (fix)floor(d * ONE + 0.5); }
static double to_double(fix f) { return (double)f / ONE; }
static fix fmul(fix a, fix b) { return (fix)(((int64_t)a * b) >> FRAC); }
static fix fdiv(fix a, fix b) { return (fix)(((int64_t)a * ONE) / b); }

static fix fsqrt(fix x) {
    if (x <= 0) return 0;
    uint64_t v = (uint64_t)x << FRAC, r = 0, bit = (uint64_t)1 << 62;
    while (bit > v) bit >>= 2;
    while (bit) {
        if (v >= r + bit) { v -= r + bit; r = (r >> 1) + bit; } else r >>= 1;
        bit >>= 2;
    }
    return (fix)r;
}

static fix fsin(fix x) {
    const fix PI = from_double(3.14159265358979), TWO_PI = 2 * PI;
    while (x > PI) x -= TWO_PI;
    while (x < -PI) x += TWO_PI;
    fix term = x, sum = x, x2 = fmul(x, x);
    for (int n = 1; n < 8; n++) {
        term = fdiv(fmul(-term, x2), from_int((2 * n) * (2 * n + 1)));
        sum += term;
    }
    return sum;
}

static double dsin(double x) {
    while (x > 3.14159265358979) x -= 2 * 3.14159265358979;
    while (x < -3.14159265358979) x += 2 * 3.14159265358979;
    double term = x, sum = x;
    for (int n = 1; n < 12; n++) { term = -term * x * x / ((2 * n) * (2 * n + 1)); sum += term; }
    return sum;
}

static void print_fix(const char *label, fix f) {
    uint32_t mag = f < 0 ? 0u - (uint32_t)f : (uint32_t)f;
    uint32_t ip = mag >> FRAC, fp = (uint32_t)(((uint64_t)(mag & (ONE - 1)) * 100000 + ONE / 2) >> FRAC);
    if (fp == 100000) { ip++; fp = 0; }
    printf("%-14s %s%u.%05u (raw %08x)\n", label, f < 0 ? "-" : "", ip, fp, (uint32_t)f);
}

int main(void) {
    fix a = from_double(3.75), b = from_double(-1.125), c = from_int(100);
    print_fix("a", a);
    print_fix("b", b);
    print_fix("a+b", a + b);
    print_fix("a*b", fmul(a, b));
    print_fix("a/b", fdiv(a, b));
    print_fix("c/7", fdiv(c, from_int(7)));
    print_fix("sqrt(2)", fsqrt(from_int(2)));
    print_fix("sqrt(c)", fsqrt(c));
    print_fix("sqrt(0.25)", fsqrt(from_double(0.25)));
    double maxerr = 0;
    for (int deg = -360; deg <= 360; deg += 15) {
        double rad = deg * 3.14159265358979 / 180;
        fix x = from_double(rad);
        double ref = dsin(rad), got = to_double(fsin(x)), err = fabs(got - ref);
        if (err > maxerr) maxerr = err;
        if (deg % 90 == 0 || deg == 30 || deg == 45) {
            char label[32];
            snprintf(label, sizeof label, "sin(%d)", deg);
            print_fix(label, fsin(x));
        }
    }
    printf("max sine error below 0.001: %s\n", maxerr < 0.001 ? "yes" : "no");
    /* compound interest in fixed point vs double */
    fix bal = from_int(1000), rate = from_double(0.05);
    double dbal = 1000;
    for (int y = 1; y <= 10; y++) { bal += fmul(bal, rate); dbal *= 1.05; }
    print_fix("balance", bal);
    printf("double balance %.5f, diff %.5f\n", dbal, dbal - to_double(bal));
    return 0;
}
