// Run-length encoding (count+char and escaped binary variants) with decoding and checks.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void rle_text(const char *in, char *out) {
    while (*in) {
        char c = *in;
        int n = 0;
        while (*in == c) { in++; n++; }
        out += n > 1 ? sprintf(out, "%d%c", n, c) : sprintf(out, "%c", c);
    }
    *out = 0;
}

static void unrle_text(const char *in, char *out) {
    while (*in) {
        int n = 0;
        while (*in >= '0' && *in <= '9') n = n * 10 + (*in++ - '0');
        if (!n) n = 1;
        memset(out, *in++, (size_t)n);
        out += n;
    }
    *out = 0;
}

/* PackBits-style: header h in 0..127 -> h+1 literal bytes; 129..255 -> repeat next byte 257-h times */
static size_t packbits(const unsigned char *in, size_t n, unsigned char *out) {
    size_t i = 0, o = 0;
    while (i < n) {
        size_t run = 1;
        while (i + run < n && run < 128 && in[i + run] == in[i]) run++;
        if (run >= 2) {
            out[o++] = (unsigned char)(257 - run);
            out[o++] = in[i];
            i += run;
        } else {
            size_t start = i, lit = 0;
            while (i < n && lit < 128 && !(i + 1 < n && in[i + 1] == in[i])) { i++; lit++; }
            if (lit == 0) { lit = 1; i++; }
            out[o++] = (unsigned char)(lit - 1);
            memcpy(out + o, in + start, lit);
            o += lit;
        }
    }
    return o;
}

static size_t unpackbits(const unsigned char *in, size_t n, unsigned char *out) {
    size_t i = 0, o = 0;
    while (i < n) {
        unsigned h = in[i++];
        if (h < 128) { memcpy(out + o, in + i, h + 1); i += h + 1; o += h + 1; }
        else if (h > 128) { memset(out + o, in[i++], 257 - h); o += 257 - h; }
    }
    return o;
}

int main(void) {
    const char *tests[] = {"aaabccddddde", "abcdef", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "a", "",
                           "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"};
    char enc[256], dec[256];
    for (int i = 0; i < 6; i++) {
        rle_text(tests[i], enc);
        unrle_text(enc, dec);
        printf("'%s' -> '%s' %s\n", tests[i], enc, strcmp(dec, tests[i]) == 0 ? "ok" : "MISMATCH");
    }
    unsigned char data[1000], packed[1200], back[1000];
    unsigned s = 5;
    size_t n = 0;
    while (n < sizeof data) {
        s = s * 22695477u + 1u;
        size_t run = (s >> 24) % 7 == 0 ? 1 + (s >> 16) % 200 : 1;
        unsigned char byte = (unsigned char)(s >> 8);
        for (size_t k = 0; k < run && n < sizeof data; k++) data[n++] = byte;
    }
    size_t pn = packbits(data, n, packed);
    size_t un = unpackbits(packed, pn, back);
    printf("packbits: %zu -> %zu -> %zu, equal=%d\n", n, pn, un, un == n && memcmp(back, data, n) == 0);
    printf("first packed bytes:");
    for (int i = 0; i < 16; i++) printf(" %02x", packed[i]);
    printf("\n");
    return 0;
}
