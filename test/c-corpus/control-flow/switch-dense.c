// Dense switch statements (jump tables): opcode decoding, fallthrough, nested switches, char classes.
#include <stdio.h>

static int classify(int c) {
    switch (c) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return 1;
    case '+': case '-': case '*': case '/': case '%': return 2;
    case '(': case ')': return 3;
    case ' ': case '\t': case '\n': return 4;
    default: return 0;
    }
}

static int days_before_month(int month, int leap) {
    int d = 0;
    switch (month) { /* intentional fallthrough chain */
    case 12: d += 30; /* fallthrough */
    case 11: d += 31; /* fallthrough */
    case 10: d += 30; /* fallthrough */
    case 9: d += 31;  /* fallthrough */
    case 8: d += 31;  /* fallthrough */
    case 7: d += 30;  /* fallthrough */
    case 6: d += 31;  /* fallthrough */
    case 5: d += 30;  /* fallthrough */
    case 4: d += 31;  /* fallthrough */
    case 3: d += 28 + leap; /* fallthrough */
    case 2: d += 31;  /* fallthrough */
    case 1: break;
    default: return -1;
    }
    return d;
}

static unsigned long run(const unsigned char *code, int n) {
    unsigned long acc = 0, reg = 0;
    for (int pc = 0; pc < n; pc++) {
        switch (code[pc] & 15) {
        case 0: acc = 0; break;
        case 1: acc += 1; break;
        case 2: acc -= 1; break;
        case 3: acc *= 2; break;
        case 4: acc /= 2; break;
        case 5: reg = acc; break;
        case 6: acc += reg; break;
        case 7: acc = -acc; break;
        case 8: acc ^= 0x55; break;
        case 9: acc %= 97; break;
        case 10: acc += code[pc] >> 4; break;
        case 11: { unsigned long t = acc; acc = reg; reg = t; } break;
        case 12: acc = acc * acc % 10007; break;
        case 13: acc += 100; break;
        case 14: if (acc & 1) pc++; break;
        case 15:
            switch (code[pc] >> 4) {
            case 0: acc <<= 1; break;
            case 1: acc >>= 1; break;
            case 2: acc = acc > reg ? acc : reg; break;
            default: acc++; break;
            }
            break;
        }
    }
    return acc * 1000 + reg % 1000;
}

int main(void) {
    const char *expr = "12 + (34 * 5) - 6 / x % 2\t!";
    int counts[5] = {0};
    for (const char *p = expr; *p; p++) counts[classify((unsigned char)*p)]++;
    printf("other %d digit %d op %d paren %d space %d\n", counts[0], counts[1], counts[2], counts[3], counts[4]);
    for (int m = 0; m <= 13; m++) printf("month %2d: %4d %4d\n", m, days_before_month(m, 0), days_before_month(m, 1));
    unsigned char code[256];
    unsigned s = 1;
    for (int i = 0; i < 256; i++) { s = s * 1103515245u + 12345u; code[i] = (unsigned char)(s >> 16); }
    for (int len = 16; len <= 256; len *= 2) printf("run(%3d) = %lu\n", len, run(code, len));
    return 0;
}
