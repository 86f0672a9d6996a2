/* Byte-wise, table-driven CRC-32 (IEEE 802.3, reflected, as zlib's crc32)
 * over a generated 1 MiB buffer: whole-buffer passes, then many short
 * messages at varying offsets.  One byte load, one table load, shifts and
 * xors per byte; the loop-carried dependency keeps it scalar everywhere. */
#include "bench.h"

#define SIZE (1 << 20)
#define PASSES (60 * SCALE)
#define MESSAGES (200000 * SCALE)

static u8 buf[SIZE];
static u32 table[256];

static void make_table(void) {
    for (u32 i = 0; i < 256; i++) {
        u32 c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static u32 crc32(u32 crc, const u8 *p, u32 n) {
    crc = ~crc;
    for (u32 i = 0; i < n; i++)
        crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

EXPORT unsigned run(void) {
    make_table();
    u32 seed = 521288629u;
    /* Text-like bytes: mostly letters and spaces, some digits and punctuation. */
    for (u32 i = 0; i < SIZE; i++) {
        u32 r = xorshift32(&seed);
        buf[i] = (u8)((r & 7) == 0 ? ' ' : (r & 31) == 1 ? '0' + (r >> 8) % 10
                                                          : 'a' + (r >> 8) % 26);
    }
    /* The check value of the standard: crc32("123456789") = 0xCBF43926. */
    const u8 check[9] = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
    u32 h = mix(CHECK_INIT, crc32(0, check, 9));
    u32 crc = 0;
    for (int p = 0; p < PASSES; p++) {
        crc = crc32(crc, buf, SIZE);
        buf[(u32)p * 7919u % SIZE] ^= (u8)crc;      /* every pass sees different data */
        h = mix(h, crc);
    }
    for (int m = 0; m < MESSAGES; m++) {
        u32 r = xorshift32(&seed);
        u32 len = 16 + (r & 255), off = (r >> 8) % (SIZE - len);
        h = mix(h, crc32(m, buf + off, len));
    }
    return h;
}
