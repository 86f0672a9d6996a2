// stdarg basics: counted and sentinel-terminated varargs, mixed int/double/long long/pointer args, va_copy.
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    int s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static double mean(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, double);
    va_end(ap);
    return count ? s / count : 0;
}

static int max_until_negative(int first, ...) {
    va_list ap;
    va_start(ap, first);
    int m = first;
    for (int v = first; v >= 0; v = va_arg(ap, int)) if (v > m) m = v;
    va_end(ap);
    return m;
}

static size_t total_length(const char *first, ...) {
    va_list ap;
    va_start(ap, first);
    size_t n = 0;
    for (const char *s = first; s; s = va_arg(ap, const char *)) n += strlen(s);
    va_end(ap);
    return n;
}

/* type string drives the extraction: i=int, d=double, L=long long, s=string, c=char (promoted) */
static void describe(const char *types, ...) {
    va_list ap, again;
    va_start(ap, types);
    va_copy(again, ap);
    for (const char *t = types; *t; t++) {
        switch (*t) {
        case 'i': printf(" int:%d", va_arg(ap, int)); break;
        case 'd': printf(" double:%.3f", va_arg(ap, double)); break;
        case 'L': printf(" ll:%lld", va_arg(ap, long long)); break;
        case 's': printf(" str:%s", va_arg(ap, const char *)); break;
        case 'c': printf(" char:%c", (char)va_arg(ap, int)); break;
        }
    }
    printf("\n  second pass:");
    int n = 0;
    for (const char *t = types; *t; t++, n++) {
        if (*t == 'd') (void)va_arg(again, double);
        else if (*t == 'L') (void)va_arg(again, long long);
        else if (*t == 's') (void)va_arg(again, const char *);
        else (void)va_arg(again, int);
    }
    printf(" skipped %d args\n", n);
    va_end(again);
    va_end(ap);
}

int main(void) {
    printf("sum_ints: %d %d %d\n", sum_ints(0), sum_ints(3, 1, 2, 3), sum_ints(8, 10, -20, 30, -40, 50, -60, 70, -80));
    printf("mean: %.4f %.4f\n", mean(4, 1.0, 2.0, 3.5, 4.25), mean(3, -1.5, 1e3, 0.001));
    printf("max: %d %d\n", max_until_negative(3, 9, 2, 7, -1), max_until_negative(5, -1));
    printf("total_length: %zu\n", total_length("alpha", "beta", "", "gamma delta", (const char *)0));
    describe("idLsc", 42, 2.71828, -1234567890123LL, "hello", 'Z');
    describe("ddiiLd", 0.5, -0.25, 7, 8, 9000000000LL, 1e10);
    char small = 'q';
    short sh = -300;
    float f = 1.5f;
    describe("cid", small, sh, f); /* default argument promotions */
    return 0;
}
