// memmove with overlapping regions in both directions, memcpy on disjoint regions, memset and memcmp semantics.
#include <stdio.h>
#include <string.h>

static void show(const char *label, const char *b, int n) { printf("%-22s [%.*s]\n", label, n, b); }

static void naive_move(char *dst, const char *src, size_t n) {
    char tmp[256];
    for (size_t i = 0; i < n; i++) tmp[i] = src[i];
    for (size_t i = 0; i < n; i++) dst[i] = tmp[i];
}

int main(void) {
    char buf[64];
    strcpy(buf, "0123456789abcdefghij");
    memmove(buf + 4, buf, 10);
    show("forward overlap", buf, 20);
    strcpy(buf, "0123456789abcdefghij");
    memmove(buf, buf + 4, 10);
    show("backward overlap", buf, 20);
    strcpy(buf, "0123456789abcdefghij");
    memmove(buf + 1, buf, 19);
    show("shift right by one", buf, 20);
    memmove(buf, buf + 1, 19);
    show("shift back", buf, 20);
    memmove(buf + 5, buf + 5, 5);
    show("self move", buf, 20);
    /* compare against a naive reference for many offset/length combinations */
    int bad = 0;
    for (int src = 0; src < 24; src++)
        for (int dst = 0; dst < 24; dst++)
            for (int n = 0; n + (src > dst ? src : dst) <= 40; n += 3) {
                char a[48], b[48];
                for (int i = 0; i < 48; i++) a[i] = b[i] = (char)('A' + (i * 7) % 26);
                memmove(a + dst, a + src, (size_t)n);
                naive_move(b + dst, b + src, (size_t)n);
                if (memcmp(a, b, 48)) bad++;
            }
    printf("memmove mismatches: %d\n", bad);
    /* memset with various values, including ones that truncate to a byte */
    unsigned char m[16];
    memset(m, 0x1FF, sizeof m);
    printf("memset 0x1FF -> %02x\n", m[0]);
    memset(m, -1, 8);
    memset(m + 8, 0, 8);
    for (int i = 0; i < 16; i++) printf("%02x", m[i]);
    printf("\n");
    /* memcmp compares as unsigned char */
    unsigned char x[] = {1, 2, 0x80}, y[] = {1, 2, 0x7F};
    printf("memcmp sign: %d %d %d\n", memcmp(x, y, 3) > 0, memcmp(y, x, 3) < 0, memcmp(x, y, 2) == 0);
    printf("strcmp sign: %d %d\n", strcmp("\x80", "\x7f") > 0, strncmp("abcX", "abcY", 3) == 0);
    /* memcpy struct arrays */
    struct P { int a; double b; char c[6]; } src[4] = {{1, 1.5, "one"}, {2, 2.5, "two"}, {3, 3.5, "three"}, {4, 4.5, "four"}}, dst[4];
    memcpy(dst, src, sizeof src);
    memmove(dst + 1, dst, 3 * sizeof *dst);
    for (int i = 0; i < 4; i++) printf("{%d %.1f %s} ", dst[i].a, dst[i].b, dst[i].c);
    printf("\n");
    return bad;
}
