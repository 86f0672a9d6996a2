// A growable string builder (realloc doubling) with formatted append, insert, replace-all.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

typedef struct { char *data; size_t len, cap; int grows; } SB;

static void sb_reserve(SB *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 8;
    while (cap < b->len + extra + 1) cap *= 2;
    b->data = realloc(b->data, cap);
    b->cap = cap;
    b->grows++;
}

static void sb_append(SB *b, const char *s) {
    size_t n = strlen(s);
    sb_reserve(b, n);
    memcpy(b->data + b->len, s, n + 1);
    b->len += n;
}

/* minimal formatter: %d, %s and %% only (exercises va_arg directly) */
static void sb_printf(SB *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        char tmp[24];
        if (*p != '%') { tmp[0] = *p; tmp[1] = 0; sb_append(b, tmp); continue; }
        switch (*++p) {
        case 'd': {
            int v = va_arg(ap, int);
            unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
            char *q = tmp + sizeof tmp - 1;
            *q = 0;
            do { *--q = (char)('0' + u % 10); u /= 10; } while (u);
            if (v < 0) *--q = '-';
            sb_append(b, q);
            break;
        }
        case 's': sb_append(b, va_arg(ap, const char *)); break;
        case '%': sb_append(b, "%"); break;
        default: p--; break;
        }
        if (!*p) break;
    }
    va_end(ap);
}

static void sb_insert(SB *b, size_t at, const char *s) {
    size_t n = strlen(s);
    sb_reserve(b, n);
    memmove(b->data + at + n, b->data + at, b->len - at + 1);
    memcpy(b->data + at, s, n);
    b->len += n;
}

static int sb_replace_all(SB *b, const char *from, const char *to) {
    SB out = {0};
    size_t fl = strlen(from);
    int count = 0;
    const char *p = b->data;
    for (const char *q; (q = strstr(p, from)); p = q + fl) {
        sb_reserve(&out, (size_t)(q - p));
        memcpy(out.data + out.len, p, (size_t)(q - p));
        out.len += (size_t)(q - p);
        out.data[out.len] = 0;
        sb_append(&out, to);
        count++;
    }
    sb_append(&out, p);
    free(b->data);
    out.grows += b->grows;
    *b = out;
    return count;
}

int main(void) {
    SB b = {0};
    for (int i = 0; i < 20; i++) sb_printf(&b, "%s%d", i ? "," : "[", i * i - 50);
    sb_printf(&b, "|%d%%|", -2147483647 - 1);
    sb_append(&b, "]");
    printf("%s\nlen %zu cap %zu grows %d\n", b.data, b.len, b.cap, b.grows);
    sb_insert(&b, 1, "squares: ");
    sb_insert(&b, b.len, " (end)");
    sb_insert(&b, 0, ">> ");
    printf("%s\n", b.data);
    int r = sb_replace_all(&b, ",", ", ");
    printf("replaced %d: %s\n", r, b.data);
    r = sb_replace_all(&b, "1", "one");
    printf("replaced %d: %s\nlen %zu\n", r, b.data, b.len);
    free(b.data);
    SB big = {0};
    for (int i = 0; i < 2000; i++) sb_append(&big, i % 10 == 9 ? "x\n" : "ab");
    unsigned h = 5381;
    for (size_t i = 0; i < big.len; i++) h = h * 33u ^ (unsigned char)big.data[i];
    printf("big len %zu cap %zu grows %d hash %u\n", big.len, big.cap, big.grows, h);
    free(big.data);
    return 0;
}
