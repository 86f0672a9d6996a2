/* A tokenizer over a generated 512 KiB C-like source text: identifiers,
 * decimal and hex numbers, string literals with escapes, comments,
 * punctuation (one- and two-character operators), whitespace.  It classifies
 * bytes through a table, parses numbers, hashes identifiers and interns them
 * in an open-addressing table of hashes, counting tokens of each kind.
 * Byte loads, branches that depend on the data, short inner loops. */
#include "bench.h"

#define SIZE (512 * 1024)
#define PASSES (4 * SCALE)
#define INTERN 8192                  /* power of two, more than the distinct identifiers */

enum { C_OTHER, C_SPACE, C_ALPHA, C_DIGIT, C_QUOTE, C_PUNCT };

static u8 text[SIZE + 1];
static u8 cls[256];
static u32 intern[INTERN];

static const char *const words[] = {
    "int", "return", "if", "else", "while", "for", "struct", "static", "unsigned", "char",
    "node", "next", "count", "buffer", "length", "value", "index", "result", "left", "right",
    "x", "y", "i", "j", "tmp", "ptr", "size_t", "uint32_t", "memcpy", "printf",
};
#define NWORDS (sizeof words / sizeof words[0])
static const char puncts[] = "+-*/%=<>!&|^~(){}[];,.?:";

static u32 emit(u32 pos, const char *s) {
    while (*s && pos < SIZE)
        text[pos++] = (u8)*s++;
    return pos;
}

static void generate(void) {
    u32 seed = 88675123u, pos = 0;
    char tmp[16];
    while (pos < SIZE) {
        u32 r = xorshift32(&seed);
        switch (r % 16) {
        case 0: case 1: case 2: case 3: case 4: {     /* a keyword or common name */
            pos = emit(pos, words[(r >> 8) % NWORDS]);
            break;
        }
        case 5: case 6: {                              /* a generated identifier */
            u32 len = 1 + (r >> 4) % 10, x = r >> 8;
            for (u32 i = 0; i < len; i++) {
                tmp[i] = i && x % 5 == 0 ? (char)('0' + x % 10) : (char)('a' + x % 26);
                x = x / 7 + 131 * i;
            }
            tmp[len] = 0;
            pos = emit(pos, tmp);
            break;
        }
        case 7: {                                      /* a number */
            u32 v = r >> 10, n = 0;
            if (r & 16) {
                tmp[n++] = '0';
                tmp[n++] = 'x';
                for (int k = 0; k < 6; k++)
                    tmp[n++] = "0123456789abcdef"[(v >> (4 * (5 - k))) & 15];
            } else {
                char d[12];
                u32 m = 0;
                v %= 100000;
                do {
                    d[m++] = (char)('0' + v % 10);
                    v /= 10;
                } while (v);
                while (m)
                    tmp[n++] = d[--m];
            }
            tmp[n] = 0;
            pos = emit(pos, tmp);
            break;
        }
        case 8: {                                      /* a string literal */
            u32 len = (r >> 8) % 12;
            pos = emit(pos, "\"");
            for (u32 i = 0; i < len; i++)
                pos = emit(pos, (r >> i) & 1 && i % 4 == 3 ? "\\n" : i % 3 ? "ab" : "c ");
            pos = emit(pos, "\"");
            break;
        }
        case 9:
            pos = emit(pos, (r >> 8) & 1 ? "/* comment */" : "// note\n");
            break;
        case 10: case 11: case 12: {                   /* punctuation, sometimes doubled */
            char c = puncts[(r >> 8) % (sizeof puncts - 1)];
            tmp[0] = c;
            tmp[1] = (r >> 16) % 4 == 0 && (c == '=' || c == '&' || c == '|' || c == '+')
                         ? c : 0;
            tmp[2] = 0;
            pos = emit(pos, tmp);
            break;
        }
        default:
            pos = emit(pos, (r >> 8) % 5 == 0 ? "\n    " : " ");
        }
        if (pos < SIZE && (r >> 28) == 0)
            text[pos++] = ' ';
    }
    text[SIZE] = 0;                                    /* sentinel */
}

static void make_classes(void) {
    for (int c = 0; c < 256; c++)
        cls[c] = C_OTHER;
    cls[' '] = cls['\n'] = cls['\t'] = cls['\r'] = C_SPACE;
    for (int c = 'a'; c <= 'z'; c++)
        cls[c] = cls[c - 'a' + 'A'] = C_ALPHA;
    cls['_'] = C_ALPHA;
    for (int c = '0'; c <= '9'; c++)
        cls[c] = C_DIGIT;
    cls['"'] = C_QUOTE;
    for (const char *p = puncts; *p; p++)
        cls[(u8)*p] = C_PUNCT;
}

static int is_ident(u8 c) {
    return cls[c] == C_ALPHA || cls[c] == C_DIGIT;
}

static int hex_digit(u8 c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

EXPORT unsigned run(void) {
    make_classes();
    generate();
    u32 h = CHECK_INIT;
    for (int pass = 0; pass < PASSES; pass++) {
        for (int i = 0; i < INTERN; i++)
            intern[i] = 0;
        u32 idents = 0, distinct = 0, numbers = 0, numsum = 0, strings = 0, strbytes = 0,
            comments = 0, puncts_ = 0, lines = 1, other = 0;
        const u8 *p = text, *end = text + SIZE;
        while (p < end) {
            u8 c = *p;
            switch (cls[c]) {
            case C_SPACE:
                lines += c == '\n';
                p++;
                break;
            case C_ALPHA: {
                u32 hh = CHECK_INIT;
                while (p < end && is_ident(*p))
                    hh = (hh ^ *p++) * 16777619u;
                hh |= 1;                               /* 0 marks an empty slot */
                idents++;
                u32 i = hh & (INTERN - 1);
                while (intern[i] && intern[i] != hh)
                    i = (i + 1) & (INTERN - 1);
                if (!intern[i] && distinct < INTERN - 1) {
                    intern[i] = hh;
                    distinct++;
                }
                break;
            }
            case C_DIGIT: {
                u32 v = 0;
                if (c == '0' && p + 1 < end && (p[1] == 'x' || p[1] == 'X')) {
                    p += 2;
                    int d;
                    while (p < end && (d = hex_digit(*p)) >= 0) {
                        v = v * 16 + (u32)d;
                        p++;
                    }
                } else {
                    while (p < end && cls[*p] == C_DIGIT)
                        v = v * 10 + (u32)(*p++ - '0');
                }
                numbers++;
                numsum += v ^ (u32)pass;
                break;
            }
            case C_QUOTE:
                p++;
                while (p < end && *p != '"') {
                    if (*p == '\\' && p + 1 < end)
                        p++;
                    p++;
                    strbytes++;
                }
                p++;
                strings++;
                break;
            case C_PUNCT:
                if (c == '/' && p + 1 < end && p[1] == '*') {
                    p += 2;
                    while (p + 1 < end && !(p[0] == '*' && p[1] == '/'))
                        p++;
                    p += 2;
                    comments++;
                } else if (c == '/' && p + 1 < end && p[1] == '/') {
                    while (p < end && *p != '\n')
                        p++;
                    comments++;
                } else {
                    p += p + 1 < end && p[1] == c && (c == '=' || c == '&' || c == '|' ||
                                                      c == '+') ? 2 : 1;
                    puncts_++;
                }
                break;
            default:
                other++;
                p++;
            }
        }
        h = mix(h, idents);
        h = mix(h, distinct);
        h = mix(h, numbers);
        h = mix(h, numsum);
        h = mix(h, strings);
        h = mix(h, strbytes);
        h = mix(h, comments);
        h = mix(h, puncts_);
        h = mix(h, lines);
        h = mix(h, other);
    }
    return h;
}
