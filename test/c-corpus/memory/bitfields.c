// Bit-fields: packed flags, signed/unsigned fields, wrap-around on assignment, layout-independent usage.
#include <stdio.h>
#include <stdint.h>

typedef struct {
    unsigned ready : 1;
    unsigned error : 1;
    unsigned mode : 3;
    unsigned count : 11;
    signed delta : 6;
    unsigned : 0;       /* force next field into a new unit */
    unsigned high : 16;
} Status;

typedef struct { unsigned r : 5, g : 6, b : 5; } RGB565;

typedef struct {
    uint32_t opcode : 6;
    uint32_t rd : 5;
    uint32_t rs : 5;
    uint32_t imm : 16;
} Instr;

static uint16_t pack565(RGB565 c) { return (uint16_t)(c.r << 11 | c.g << 5 | c.b); }

int main(void) {
    Status s = {0};
    s.ready = 1;
    s.mode = 5;
    s.count = 2047;
    s.delta = -20;
    s.high = 0xBEEF;
    printf("ready %u error %u mode %u count %u delta %d high %x\n", s.ready, s.error, s.mode, s.count, s.delta, s.high);
    s.count++;           /* wraps to 0 in 11 bits */
    s.mode = 9;          /* truncated to 3 bits -> 1 */
    s.delta = 31;        /* max of 6-bit signed */
    s.delta -= 40;       /* -9 fits */
    printf("after wrap: mode %u count %u delta %d\n", s.mode, s.count, s.delta);
    int sum = 0;
    for (int i = 0; i < 100; i++) { s.mode++; sum += s.mode; }
    printf("mode cycled sum %d final %u\n", sum, s.mode);
    RGB565 colors[] = {{31, 63, 31}, {0, 0, 0}, {31, 0, 0}, {0, 63, 0}, {16, 32, 8}};
    for (int i = 0; i < 5; i++) printf("rgb(%2u,%2u,%2u) -> %04x\n", colors[i].r, colors[i].g, colors[i].b, pack565(colors[i]));
    /* encode and decode instructions through bit-fields */
    Instr prog[] = {{1, 2, 3, 100}, {63, 31, 31, 65535}, {12, 0, 7, 4096}, {5, 17, 9, 1}};
    uint32_t h = 0;
    for (int i = 0; i < 4; i++) {
        Instr in = prog[i];
        uint32_t word = (uint32_t)in.opcode << 26 | (uint32_t)in.rd << 21 | (uint32_t)in.rs << 16 | in.imm;
        Instr back;
        back.opcode = word >> 26; back.rd = word >> 21 & 31; back.rs = word >> 16 & 31; back.imm = word & 0xFFFF;
        printf("op %2u rd %2u rs %2u imm %5u -> %08x -> %s\n", in.opcode, in.rd, in.rs, in.imm, word,
               back.opcode == in.opcode && back.rd == in.rd && back.rs == in.rs && back.imm == in.imm ? "ok" : "BAD");
        h = h * 31 + word;
    }
    printf("hash %08x\n", h);
    /* bit-field arithmetic promotes to int */
    RGB565 c = {31, 63, 31};
    int total = c.r + c.g + c.b;
    unsigned shifted = (unsigned)c.g << 10;
    printf("promoted sum %d shifted %u\n", total, shifted);
    return 0;
}
