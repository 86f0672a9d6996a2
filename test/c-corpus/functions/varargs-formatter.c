// A self-written printf subset (%d %u %x %s %c %ld %lld %%, width, '-' and '0' flags) on top of stdarg.
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int out_len;
static char out[1024];

static void emit(char c) { if (out_len < (int)sizeof out - 1) out[out_len++] = c; }

static void emit_padded(const char *s, int width, int left, char pad) {
    int n = (int)strlen(s);
    if (!left) for (int i = n; i < width; i++) emit(pad);
    for (int i = 0; i < n; i++) emit(s[i]);
    if (left) for (int i = n; i < width; i++) emit(' ');
}

static void utoa_base(unsigned long long v, unsigned base, int upper, char *buf) {
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[32];
    int n = 0;
    do { tmp[n++] = dig[v % base]; v /= base; } while (v);
    for (int i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
    buf[n] = 0;
}

static int my_vformat(const char *fmt, va_list ap) {
    out_len = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { emit(*p); continue; }
        p++;
        int left = 0, zero = 0, width = 0, longs = 0;
        for (;; p++) { if (*p == '-') left = 1; else if (*p == '0') zero = 1; else break; }
        if (*p == '*') { width = va_arg(ap, int); p++; }
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        while (*p == 'l') { longs++; p++; }
        char buf[40];
        switch (*p) {
        case 'd': {
            long long v = longs >= 2 ? va_arg(ap, long long) : longs == 1 ? va_arg(ap, long) : va_arg(ap, int);
            unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
            utoa_base(u, 10, 0, buf + 1);
            if (v < 0) {
                if (zero && !left) { emit('-'); emit_padded(buf + 1, width - 1, 0, '0'); break; }
                buf[0] = '-';
                emit_padded(buf, width, left, ' ');
            } else emit_padded(buf + 1, width, left, zero && !left ? '0' : ' ');
            break;
        }
        case 'u': case 'x': case 'X': {
            unsigned long long u = longs >= 2 ? va_arg(ap, unsigned long long) : longs == 1 ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
            utoa_base(u, *p == 'u' ? 10 : 16, *p == 'X', buf);
            emit_padded(buf, width, left, zero && !left ? '0' : ' ');
            break;
        }
        case 's': emit_padded(va_arg(ap, const char *), width, left, ' '); break;
        case 'c': buf[0] = (char)va_arg(ap, int); buf[1] = 0; emit_padded(buf, width, left, ' '); break;
        case '%': emit('%'); break;
        default: emit('?'); break;
        }
    }
    out[out_len] = 0;
    return out_len;
}

static int my_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = my_vformat(fmt, ap);
    va_end(ap);
    return n;
}

#define CHECK(...) do { char ref[1024]; snprintf(ref, sizeof ref, __VA_ARGS__); my_format(__VA_ARGS__); \
    printf("%-4s [%s]\n", strcmp(ref, out) ? "DIFF" : "ok", out); if (strcmp(ref, out)) { printf("     [%s] expected\n", ref); bad++; } } while (0)

int main(void) {
    int bad = 0;
    CHECK("plain text");
    CHECK("%d|%5d|%-5d|%05d|%d", 42, 42, 42, 42, -42);
    CHECK("%05d|%-6d|%3d", -42, -7, -12345);
    CHECK("%u %x %X %08x", 4000000000u, 0xbeefu, 0xbeefu, 0x1234u);
    CHECK("%ld %lu %lx", -2000000000L, 3000000000UL, 0xcafeUL);
    CHECK("%lld %llu %llx", -9000000000000000000LL, 18000000000000000000ULL, 0x123456789abcdefULL);
    CHECK("[%s] [%10s] [%-10s]", "str", "right", "left");
    CHECK("%c%c%c %3c %-3c|", 'a', 'b', 'c', 'd', 'e');
    CHECK("100%% done, %d%%", 50);
    CHECK("%*d|%-*d|", 7, 123, 7, 456);
    CHECK("%d %d %d %d %d %d %d %d %d %d", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    CHECK("mix %s=%d (%x) %c %lld", "key", -1, 255u, '!', 1LL << 40);
    printf("mismatches %d\n", bad);
    return bad;
}
