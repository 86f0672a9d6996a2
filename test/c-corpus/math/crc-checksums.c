// CRC-32 (table-driven and bitwise), CRC-16/CCITT, Adler-32, Fletcher-16 and FNV-1a over test vectors.
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t crc_table[256];

static void init_table(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

static uint32_t crc32_table(const unsigned char *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    while (n--) c = crc_table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static uint32_t crc32_bitwise(const unsigned char *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    while (n--) { c ^= *p++; for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & -(c & 1)); }
    return ~c;
}

static uint16_t crc16_ccitt(const unsigned char *p, size_t n) {
    uint16_t c = 0xFFFF;
    while (n--) {
        c ^= (uint16_t)(*p++ << 8);
        for (int k = 0; k < 8; k++) c = (uint16_t)(c & 0x8000 ? (c << 1) ^ 0x1021 : c << 1);
    }
    return c;
}

static uint32_t adler32(const unsigned char *p, size_t n) {
    uint32_t a = 1, b = 0;
    while (n--) { a = (a + *p++) % 65521; b = (b + a) % 65521; }
    return b << 16 | a;
}

static uint16_t fletcher16(const unsigned char *p, size_t n) {
    uint16_t s1 = 0, s2 = 0;
    while (n--) { s1 = (uint16_t)((s1 + *p++) % 255); s2 = (uint16_t)((s2 + s1) % 255); }
    return (uint16_t)(s2 << 8 | s1);
}

static uint64_t fnv1a64(const unsigned char *p, size_t n) {
    uint64_t h = 0xcbf29ce484222325ULL;
    while (n--) { h ^= *p++; h *= 0x100000001b3ULL; }
    return h;
}

int main(void) {
    init_table();
    const char *vectors[] = {"", "a", "abc", "123456789", "message digest", "The quick brown fox jumps over the lazy dog",
                             "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"};
    for (int i = 0; i < 7; i++) {
        const unsigned char *p = (const unsigned char *)vectors[i];
        size_t n = strlen(vectors[i]);
        printf("%-22.22s crc32=%08x/%08x crc16=%04x adler=%08x fl16=%04x fnv=%016llx\n", vectors[i], crc32_table(p, n),
               crc32_bitwise(p, n), crc16_ccitt(p, n), adler32(p, n), fletcher16(p, n), (unsigned long long)fnv1a64(p, n));
    }
    static unsigned char big[65536];
    for (size_t i = 0; i < sizeof big; i++) big[i] = (unsigned char)(i * i + (i >> 8));
    printf("64K buffer: crc32=%08x adler=%08x fnv=%016llx\n", crc32_table(big, sizeof big), adler32(big, sizeof big),
           (unsigned long long)fnv1a64(big, sizeof big));
    /* a single flipped bit always changes the CRC */
    int undetected = 0;
    uint32_t ref = crc32_table(big, 1024);
    for (int bit = 0; bit < 1024 * 8; bit += 37) {
        big[bit / 8] ^= (unsigned char)(1 << (bit % 8));
        if (crc32_table(big, 1024) == ref) undetected++;
        big[bit / 8] ^= (unsigned char)(1 << (bit % 8));
    }
    printf("undetected single-bit errors: %d\n", undetected);
    return 0;
}
