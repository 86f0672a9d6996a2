// Classic hexdump -C style output of a generated buffer, with squeezing of repeated lines.
#include <stdio.h>
#include <string.h>
#include <ctype.h>

static void hexdump(const unsigned char *buf, size_t n) {
    unsigned char prev[16];
    int squeezing = 0;
    for (size_t off = 0; off < n; off += 16) {
        size_t len = n - off < 16 ? n - off : 16;
        if (off && len == 16 && memcmp(prev, buf + off, 16) == 0) {
            if (!squeezing) printf("*\n");
            squeezing = 1;
            continue;
        }
        squeezing = 0;
        memcpy(prev, buf + off, len);
        printf("%08zx ", off);
        for (size_t i = 0; i < 16; i++) {
            if (i == 8) printf(" ");
            if (i < len) printf(" %02x", buf[off + i]); else printf("   ");
        }
        printf("  |");
        for (size_t i = 0; i < len; i++) putchar(isprint(buf[off + i]) ? buf[off + i] : '.');
        printf("|\n");
    }
    printf("%08zx\n", n);
}

int main(void) {
    unsigned char buf[300];
    const char *msg = "MSWasm handles are 16 bytes: base, offset, bound, id.\n\tTabs\x01\x02 and bytes\xff!";
    size_t m = strlen(msg);
    memcpy(buf, msg, m);
    memset(buf + m, 0, 96);
    for (size_t i = m + 96; i < sizeof buf; i++) buf[i] = (unsigned char)(i * 7 + 3);
    hexdump(buf, sizeof buf);
    hexdump((const unsigned char *)"short", 5);
    unsigned sum = 0;
    for (size_t i = 0; i < sizeof buf; i++) sum += buf[i] * (unsigned)(i + 1);
    printf("weighted sum %u\n", sum);
    return 0;
}
