// Unions: type punning of float/int bits, tagged unions for a small value type, overlapping arrays, endianness probe.
#include <stdio.h>
#include <stdint.h>
#include <string.h>

typedef union { float f; uint32_t u; } FBits;
typedef union { double d; uint64_t u; struct { uint32_t lo, hi; } w; } DBits;

typedef enum { T_INT, T_DBL, T_STR, T_PAIR } Tag;
typedef struct Value {
    Tag tag;
    union {
        int64_t i;
        double d;
        char s[16];
        struct { int32_t a, b; } pair;
    } as;
} Value;

static void print_value(Value v) {
    switch (v.tag) {
    case T_INT: printf("int(%lld)", (long long)v.as.i); break;
    case T_DBL: printf("double(%g)", v.as.d); break;
    case T_STR: printf("str(\"%s\")", v.as.s); break;
    case T_PAIR: printf("pair(%d, %d)", v.as.pair.a, v.as.pair.b); break;
    }
}

static Value add(Value x, Value y) {
    Value r;
    if (x.tag == T_INT && y.tag == T_INT) { r.tag = T_INT; r.as.i = x.as.i + y.as.i; }
    else if ((x.tag == T_INT || x.tag == T_DBL) && (y.tag == T_INT || y.tag == T_DBL)) {
        r.tag = T_DBL;
        r.as.d = (x.tag == T_INT ? (double)x.as.i : x.as.d) + (y.tag == T_INT ? (double)y.as.i : y.as.d);
    } else if (x.tag == T_STR && y.tag == T_STR) {
        r.tag = T_STR;
        snprintf(r.as.s, sizeof r.as.s, "%s%s", x.as.s, y.as.s);
    } else if (x.tag == T_PAIR && y.tag == T_PAIR) {
        r.tag = T_PAIR; r.as.pair.a = x.as.pair.a + y.as.pair.a; r.as.pair.b = x.as.pair.b + y.as.pair.b;
    } else { r.tag = T_INT; r.as.i = -1; }
    return r;
}

int main(void) {
    float fs[] = {1.0f, -2.0f, 0.1f, 3.4028235e38f, 1e-45f, 0.0f, -0.0f};
    for (int i = 0; i < 7; i++) {
        FBits b = {.f = fs[i]};
        printf("%-14g bits %08x sign %u exp %3u mant %06x\n", fs[i], b.u, b.u >> 31, b.u >> 23 & 0xFF, b.u & 0x7FFFFF);
    }
    DBits d = {.d = 1.0 / 3.0};
    printf("1/3 bits %016llx hi %08x lo %08x\n", (unsigned long long)d.u, d.w.hi, d.w.lo);
    d.u += 1;
    printf("next double after 1/3: %.20g\n", d.d);
    /* fast inverse square root, the classic pun */
    for (float x = 1.0f; x <= 100.0f; x *= 4.0f) {
        FBits b = {.f = x};
        b.u = 0x5f3759dfu - (b.u >> 1);
        float y = b.f;
        y = y * (1.5f - 0.5f * x * y * y);
        printf("rsqrt(%g) ~ %.6f\n", x, y);
    }
    union { uint32_t word; uint8_t bytes[4]; } e = {.word = 0x01020304u};
    printf("byte order: %u %u %u %u (%s endian)\n", e.bytes[0], e.bytes[1], e.bytes[2], e.bytes[3], e.bytes[0] == 4 ? "little" : "big");
    Value vals[] = {{T_INT, {.i = 40}}, {T_INT, {.i = 2}}, {T_DBL, {.d = 0.5}}, {.tag = T_STR, .as.s = "seg"}, {.tag = T_STR, .as.s = "ment"}, {.tag = T_PAIR, .as.pair = {3, 4}}};
    for (int i = 0; i < 6; i++)
        for (int j = i; j < 6; j++) {
            if ((i + j) % 2) continue;
            print_value(vals[i]); printf(" + "); print_value(vals[j]); printf(" = "); print_value(add(vals[i], vals[j])); printf("\n");
        }
    printf("sizeof(Value) %zu, sizeof(DBits) %zu\n", sizeof(Value), sizeof(DBits));
    return 0;
}
