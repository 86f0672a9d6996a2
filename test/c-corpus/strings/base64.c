// Base64 encoder/decoder with round-trip checks over binary data and error detection.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static char *encode(const unsigned char *in, size_t n) {
    char *out = malloc((n + 2) / 3 * 4 + 1), *o = out;
    size_t i = 0;
    for (; i + 2 < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8 | in[i + 2];
        *o++ = alphabet[v >> 18]; *o++ = alphabet[(v >> 12) & 63];
        *o++ = alphabet[(v >> 6) & 63]; *o++ = alphabet[v & 63];
    }
    if (n - i == 1) {
        unsigned v = (unsigned)in[i] << 16;
        *o++ = alphabet[v >> 18]; *o++ = alphabet[(v >> 12) & 63]; *o++ = '='; *o++ = '=';
    } else if (n - i == 2) {
        unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8;
        *o++ = alphabet[v >> 18]; *o++ = alphabet[(v >> 12) & 63]; *o++ = alphabet[(v >> 6) & 63]; *o++ = '=';
    }
    *o = 0;
    return out;
}

static int val(char c) {
    const char *p = c ? strchr(alphabet, c) : NULL;
    return p ? (int)(p - alphabet) : -1;
}

/* returns decoded length or -1 on malformed input */
static int decode(const char *s, unsigned char *out) {
    size_t n = strlen(s);
    if (n % 4) return -1;
    int len = 0;
    for (size_t i = 0; i < n; i += 4) {
        int a = val(s[i]), b = val(s[i + 1]);
        int pad = (s[i + 2] == '=') + (s[i + 3] == '=');
        if (a < 0 || b < 0 || (pad && i + 4 != n) || (s[i + 2] == '=' && s[i + 3] != '=')) return -1;
        int c = pad >= 2 ? 0 : val(s[i + 2]), d = pad >= 1 ? 0 : val(s[i + 3]);
        if (c < 0 || d < 0) return -1;
        unsigned v = (unsigned)a << 18 | (unsigned)b << 12 | (unsigned)c << 6 | (unsigned)d;
        out[len++] = (unsigned char)(v >> 16);
        if (pad < 2) out[len++] = (unsigned char)(v >> 8);
        if (pad < 1) out[len++] = (unsigned char)v;
    }
    return len;
}

int main(void) {
    const char *samples[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work.",
                             "MSWasm: segments and handles!"};
    unsigned char buf[256];
    for (int i = 0; i < 9; i++) {
        char *e = encode((const unsigned char *)samples[i], strlen(samples[i]));
        int n = decode(e, buf);
        printf("%-30s -> %-40s %s\n", samples[i], e, n == (int)strlen(samples[i]) && memcmp(buf, samples[i], (size_t)n) == 0 ? "ok" : "BAD");
        free(e);
    }
    unsigned char bin[200];
    unsigned x = 1;
    int bad = 0;
    for (int len = 0; len <= 200; len += 13) {
        for (int i = 0; i < len; i++) { x = x * 1103515245u + 12345u; bin[i] = (unsigned char)(x >> 23); }
        char *e = encode(bin, (size_t)len);
        int n = decode(e, buf);
        if (n != len || memcmp(buf, bin, (size_t)len)) bad++;
        if (len == 39) printf("binary 39: %s\n", e);
        free(e);
    }
    printf("binary round trips bad=%d\n", bad);
    const char *broken[] = {"abc", "ab=c", "a===", "ab!d", "QQ==QQ==", "TWFu"};
    for (int i = 0; i < 6; i++) printf("decode(%s) = %d\n", broken[i], decode(broken[i], buf));
    return bad;
}
