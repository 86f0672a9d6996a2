// LZW compression with a growing dictionary (trie of child links) and decompression; round-trip on varied inputs.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXCODES 4096

typedef struct { int prefix; unsigned char ch; } Entry;

static int compress(const unsigned char *in, int n, int *out) {
    static int child[MAXCODES][256]; /* code of prefix+byte, 0 = none */
    memset(child, 0, sizeof child);
    int next = 256, m = 0;
    if (n == 0) return 0;
    int cur = in[0];
    for (int i = 1; i < n; i++) {
        int c = in[i];
        if (child[cur][c]) { cur = child[cur][c]; continue; }
        out[m++] = cur;
        if (next < MAXCODES) child[cur][c] = next++;
        cur = c;
    }
    out[m++] = cur;
    return m;
}

static int decompress(const int *codes, int m, unsigned char *out) {
    static Entry dict[MAXCODES];
    for (int i = 0; i < 256; i++) { dict[i].prefix = -1; dict[i].ch = (unsigned char)i; }
    int next = 256, len = 0, prev = -1;
    unsigned char stack[MAXCODES];
    for (int k = 0; k < m; k++) {
        int code = codes[k], c = code;
        int sp = 0;
        unsigned char first;
        if (code >= next) { /* the KwKwK case */
            c = prev;
            int t = c;
            while (dict[t].prefix >= 0) t = dict[t].prefix;
            stack[sp++] = dict[t].ch;
        }
        while (c >= 0) { stack[sp++] = dict[c].ch; c = dict[c].prefix; }
        first = stack[sp - 1];
        while (sp) out[len++] = stack[--sp];
        if (prev >= 0 && next < MAXCODES) { dict[next].prefix = prev; dict[next].ch = first; next++; }
        prev = code;
    }
    return len;
}

int main(void) {
    static unsigned char inputs[4][3000];
    int lens[4];
    strcpy((char *)inputs[0], "TOBEORNOTTOBEORTOBEORNOT#");
    lens[0] = (int)strlen((char *)inputs[0]);
    memset(inputs[1], 'a', 2000);
    lens[1] = 2000;
    unsigned s = 1;
    for (int i = 0; i < 3000; i++) { s = s * 1103515245u + 12345u; inputs[2][i] = (unsigned char)(s >> 16); }
    lens[2] = 3000;
    const char *words[] = {"segment ", "handle ", "bounds ", "check ", "memory "};
    int p = 0;
    for (int i = 0; p < 2900; i++) { const char *w = words[(i * 7 + i / 5) % 5]; memcpy(inputs[3] + p, w, strlen(w)); p += (int)strlen(w); }
    lens[3] = p;
    const char *names[] = {"classic", "run", "random", "words"};
    static int codes[4000];
    static unsigned char back[4000];
    for (int t = 0; t < 4; t++) {
        int m = compress(inputs[t], lens[t], codes);
        int n = decompress(codes, m, back);
        unsigned h = 0;
        for (int i = 0; i < m; i++) h = h * 4099u + (unsigned)codes[i];
        printf("%-8s %5d bytes -> %5d codes (%5d bytes at 12 bits) hash %08x roundtrip %s\n", names[t], lens[t], m, (m * 12 + 7) / 8, h,
               n == lens[t] && memcmp(back, inputs[t], (size_t)n) == 0 ? "ok" : "FAILED");
        if (t == 0) { printf("  codes:"); for (int i = 0; i < m; i++) printf(" %d", codes[i]); printf("\n"); }
    }
    return 0;
}
