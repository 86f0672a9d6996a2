// sprintf/snprintf: truncation, return values, building strings incrementally.
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[16];
    for (int size = 0; size <= 16; size += 4) {
        memset(buf, '#', sizeof buf);
        int n = snprintf(buf, (size_t)size, "value=%d,%s", 12345, "abcdef");
        printf("size %2d -> returned %d, buf='%s'\n", size, n, size ? buf : "(untouched)");
    }
    char line[128];
    int pos = 0;
    for (int i = 1; i <= 12; i++) {
        int w = snprintf(line + pos, sizeof line - (size_t)pos, "%s%d^2=%d", i > 1 ? ", " : "", i, i * i);
        if (w < 0 || (size_t)w >= sizeof line - (size_t)pos) { printf("stopped at %d\n", i); break; }
        pos += w;
    }
    printf("%s (len %d)\n", line, pos);
    char table[512];
    char *p = table;
    p += sprintf(p, "%-6s|%6s|%8s\n", "name", "qty", "price");
    const char *names[] = {"apple", "kiwi", "mango", "pear"};
    int qty[] = {3, 12, 1, 40};
    double price[] = {0.5, 0.25, 2.75, 0.3};
    double total = 0;
    for (int i = 0; i < 4; i++) {
        p += sprintf(p, "%-6s|%6d|%8.2f\n", names[i], qty[i], qty[i] * price[i]);
        total += qty[i] * price[i];
    }
    sprintf(p, "%-6s|%6s|%8.2f\n", "total", "", total);
    fputs(table, stdout);
    printf("table length %zu\n", strlen(table));
    char small[8];
    int need = snprintf(small, sizeof small, "%08.3f", -3.14159);
    printf("need %d got '%s'\n", need, small);
    need = snprintf(NULL, 0, "%lld-%x-%s", -1234567890123LL, 0xabcu, "tail");
    printf("measured %d\n", need);
    char hex[3 * 16 + 1];
    const unsigned char bytes[16] = {0, 1, 2, 127, 128, 200, 255, 16, 32, 64, 99, 100, 101, 0x7f, 0x80, 0xfe};
    for (int i = 0; i < 16; i++) sprintf(hex + 3 * i, "%02x ", bytes[i]);
    printf("%s\n", hex);
    return 0;
}
