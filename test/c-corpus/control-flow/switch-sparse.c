// Sparse switch statements (binary-search lowering): HTTP status text, large/negative case values, 64-bit switch.
#include <stdio.h>
#include <stdint.h>

static const char *status_text(int code) {
    switch (code) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 418: return "I'm a teapot";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return code >= 100 && code < 600 ? "(unknown)" : "(invalid)";
    }
}

static int weird(int x) {
    switch (x) {
    case -2147483647 - 1: return 1;
    case -1000000: return 2;
    case -7: return 3;
    case 0: return 4;
    case 13: return 5;
    case 65536: return 6;
    case 999999: return 7;
    case 2147483647: return 8;
    }
    return 0;
}

static int big(uint64_t v) {
    switch (v) {
    case 0x1ULL: return 1;
    case 0x100000000ULL: return 2;
    case 0xFFFFFFFFFFFFFFFFULL: return 3;
    case 0x8000000000000000ULL: return 4;
    case 12345678901234ULL: return 5;
    default: return -1;
    }
}

static int keyword(const char *s) {
    /* switch on a packed 32-bit value of the first 4 characters */
    uint32_t k = 0;
    for (int i = 0; i < 4 && s[i]; i++) k |= (uint32_t)(unsigned char)s[i] << (8 * i);
    switch (k) {
    case 'i' | 'f' << 8: return 1;
    case 'f' | 'o' << 8 | 'r' << 16: return 2;
    case 'e' | 'l' << 8 | 's' << 16 | 'e' << 24: return 3;
    case 'c' | 'a' << 8 | 's' << 16 | 'e' << 24: return 4;
    case 'g' | 'o' << 8 | 't' << 16 | 'o' << 24: return 5;
    default: return 0;
    }
}

int main(void) {
    int codes[] = {100, 200, 201, 202, 204, 301, 302, 304, 400, 401, 403, 404, 418, 499, 500, 503, 599, 600, 42};
    for (int i = 0; i < 19; i++) printf("%d %s\n", codes[i], status_text(codes[i]));
    int probes[] = {-2147483647 - 1, -1000000, -999999, -7, -6, 0, 1, 13, 65535, 65536, 999999, 2147483647, 2147483646};
    printf("weird:");
    for (int i = 0; i < 13; i++) printf(" %d", weird(probes[i]));
    printf("\n");
    uint64_t bp[] = {0, 1, 0x100000000ULL, 0xFFFFFFFFULL, ~0ULL, 1ULL << 63, 12345678901234ULL, 12345678901235ULL};
    printf("big:");
    for (int i = 0; i < 8; i++) printf(" %d", big(bp[i]));
    printf("\n");
    const char *words[] = {"if", "for", "else", "case", "goto", "iff", "fo", "while"};
    printf("keywords:");
    for (int i = 0; i < 8; i++) printf(" %s=%d", words[i], keyword(words[i]));
    printf("\n");
    int total = 0;
    for (int c = 0; c < 700; c++) total += status_text(c)[0] != '(';
    printf("known codes: %d\n", total);
    return 0;
}
