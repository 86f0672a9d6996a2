// UTF-8 encoding/decoding with validation of overlong, surrogate and truncated sequences.
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static int encode(uint32_t cp, unsigned char *o) {
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { o[0] = (unsigned char)(0xC0 | cp >> 6); o[1] = (unsigned char)(0x80 | (cp & 63)); return 2; }
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
    if (cp < 0x10000) { o[0] = (unsigned char)(0xE0 | cp >> 12); o[1] = (unsigned char)(0x80 | (cp >> 6 & 63)); o[2] = (unsigned char)(0x80 | (cp & 63)); return 3; }
    if (cp < 0x110000) {
        o[0] = (unsigned char)(0xF0 | cp >> 18); o[1] = (unsigned char)(0x80 | (cp >> 12 & 63));
        o[2] = (unsigned char)(0x80 | (cp >> 6 & 63)); o[3] = (unsigned char)(0x80 | (cp & 63));
        return 4;
    }
    return 0;
}

/* returns bytes consumed (>0) and the code point, or -1 for invalid */
static int decode(const unsigned char *s, size_t n, uint32_t *cp) {
    if (!n) return -1;
    unsigned char c = s[0];
    int len;
    uint32_t v, min;
    if (c < 0x80) { *cp = c; return 1; }
    else if ((c & 0xE0) == 0xC0) { len = 2; v = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; v = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; v = c & 0x07; min = 0x10000; }
    else return -1;
    if ((size_t)len > n) return -1;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return -1;
        v = v << 6 | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return -1;
    *cp = v;
    return len;
}

int main(void) {
    uint32_t cps[] = {0x24, 0x7F, 0x80, 0xA2, 0x7FF, 0x800, 0x20AC, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0xD800, 0x110000};
    for (int i = 0; i < 14; i++) {
        unsigned char b[4];
        int n = encode(cps[i], b);
        printf("U+%04X ->", cps[i]);
        for (int k = 0; k < n; k++) printf(" %02X", b[k]);
        uint32_t back = 0;
        int m = n ? decode(b, (size_t)n, &back) : -1;
        printf("%s (%d bytes, back %s)\n", n ? "" : " invalid", n, m == n && back == cps[i] ? "ok" : "-");
    }
    /* full round trip of every scalar value */
    int errors = 0;
    uint32_t checked = 0;
    for (uint32_t cp = 0; cp < 0x110000; cp += 7) {
        unsigned char b[4];
        uint32_t back;
        int n = encode(cp, b);
        if (!n) continue;
        checked++;
        if (decode(b, (size_t)n, &back) != n || back != cp) errors++;
    }
    printf("checked %u code points, errors %d\n", checked, errors);
    const unsigned char bad[][4] = {{0xC0, 0x80}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0x80}, {0xE2, 0x82}, {0xFF}};
    const size_t blen[] = {2, 3, 3, 4, 1, 2, 1};
    for (int i = 0; i < 7; i++) { uint32_t cp; printf("bad[%d] -> %d\n", i, decode(bad[i], blen[i], &cp)); }
    const char *text = "na\xC3\xAFve caf\xC3\xA9 \xE2\x82\xAC" "5 \xF0\x9F\x98\x80!";
    size_t len = strlen(text), pos = 0;
    int chars = 0;
    printf("code points:");
    while (pos < len) {
        uint32_t cp;
        int n = decode((const unsigned char *)text + pos, len - pos, &cp);
        if (n < 0) { printf(" <bad>"); pos++; continue; }
        printf(" %X", cp);
        pos += (size_t)n;
        chars++;
    }
    printf("\n%zu bytes, %d characters\n", len, chars);
    return errors;
}
