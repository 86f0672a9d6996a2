// Huffman coding: frequency count, tree building with a min-heap, canonical code table, bit-packed encode and decode.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct HNode { int freq; int sym; int order; struct HNode *l, *r; } HNode;

static HNode *heap[512];
static int hn;
static int before(HNode *a, HNode *b) { return a->freq != b->freq ? a->freq < b->freq : a->order < b->order; }
static void hpush(HNode *x) { int i = hn++; while (i && before(x, heap[(i - 1) / 2])) { heap[i] = heap[(i - 1) / 2]; i = (i - 1) / 2; } heap[i] = x; }
static HNode *hpop(void) {
    HNode *top = heap[0], *last = heap[--hn];
    int i = 0;
    for (;;) { int c = 2 * i + 1; if (c >= hn) break; if (c + 1 < hn && before(heap[c + 1], heap[c])) c++; if (!before(heap[c], last)) break; heap[i] = heap[c]; i = c; }
    heap[i] = last;
    return top;
}

static char codes[256][64];
static int lens[256];
static void assign(HNode *n, char *buf, int depth) {
    if (!n->l) { buf[depth] = 0; strcpy(codes[n->sym], depth ? buf : "0"); lens[n->sym] = depth ? depth : 1; return; }
    buf[depth] = '0'; assign(n->l, buf, depth + 1);
    buf[depth] = '1'; assign(n->r, buf, depth + 1);
}
static void destroy(HNode *n) { if (n) { destroy(n->l); destroy(n->r); free(n); } }

int main(void) {
    const char *text = "this is an example of a huffman tree; it compresses text by giving frequent symbols shorter codes. "
                       "mswasm segments keep every byte of this buffer in bounds, even while we pack bits tightly.";
    size_t n = strlen(text);
    int freq[256] = {0};
    for (size_t i = 0; i < n; i++) freq[(unsigned char)text[i]]++;
    int order = 0;
    for (int c = 0; c < 256; c++) if (freq[c]) { HNode *x = calloc(1, sizeof *x); x->freq = freq[c]; x->sym = c; x->order = order++; hpush(x); }
    int symbols = hn;
    while (hn > 1) {
        HNode *a = hpop(), *b = hpop(), *p = calloc(1, sizeof *p);
        p->freq = a->freq + b->freq; p->l = a; p->r = b; p->sym = -1; p->order = order++;
        hpush(p);
    }
    HNode *root = hpop();
    char buf[64];
    assign(root, buf, 0);
    printf("%d symbols, %zu chars\n", symbols, n);
    for (int c = 0; c < 256; c++) if (freq[c] >= 6) printf("'%c' freq %2d code %s\n", c, freq[c], codes[c]);
    /* encode into packed bytes */
    unsigned char *packed = calloc(n + 1, 1);
    size_t bits = 0;
    for (size_t i = 0; i < n; i++)
        for (const char *b = codes[(unsigned char)text[i]]; *b; b++, bits++)
            if (*b == '1') packed[bits / 8] |= (unsigned char)(0x80 >> (bits % 8));
    printf("encoded %zu bits (%zu bytes) vs %zu bytes raw: ratio %.3f\n", bits, (bits + 7) / 8, n, (double)((bits + 7) / 8) / n);
    unsigned h = 0;
    for (size_t i = 0; i < (bits + 7) / 8; i++) h = h * 31 + packed[i];
    printf("packed hash %u\n", h);
    /* decode */
    char *out = malloc(n + 1);
    size_t k = 0;
    HNode *cur = root;
    for (size_t i = 0; i < bits; i++) {
        cur = packed[i / 8] & (0x80 >> (i % 8)) ? cur->r : cur->l;
        if (!cur->l) { out[k++] = (char)cur->sym; cur = root; }
    }
    out[k] = 0;
    printf("decoded matches: %s\n", strcmp(out, text) == 0 ? "yes" : "no");
    long weighted = 0;
    for (int c = 0; c < 256; c++) weighted += (long)freq[c] * lens[c];
    printf("weighted length %ld\n", weighted);
    free(out); free(packed); destroy(root);
    return 0;
}
