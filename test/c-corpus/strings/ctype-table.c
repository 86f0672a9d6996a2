// ctype classification of all 7-bit characters, case conversion, and a character histogram.
#include <stdio.h>
#include <ctype.h>
#include <string.h>

int main(void) {
    const char *cls = "alnum alpha cntrl digit graph lower print punct space upper xdigit blank";
    int (*fns[])(int) = {isalnum, isalpha, iscntrl, isdigit, isgraph, islower, isprint, ispunct, isspace, isupper, isxdigit, isblank};
    printf("%s\n", cls);
    int counts[12] = {0};
    for (int c = 0; c < 128; c++)
        for (int k = 0; k < 12; k++) if (fns[k](c)) counts[k]++;
    for (int k = 0; k < 12; k++) printf("%d%c", counts[k], k == 11 ? '\n' : ' ');
    for (int row = 32; row < 128; row += 16) {
        for (int c = row; c < row + 16; c++) {
            char flags[5] = "....";
            if (isalpha(c)) flags[0] = isupper(c) ? 'U' : 'l';
            if (isdigit(c)) flags[1] = 'd';
            if (ispunct(c)) flags[2] = 'p';
            if (isspace(c)) flags[3] = 's';
            printf("%c:%s ", isprint(c) ? c : '?', flags);
        }
        printf("\n");
    }
    const char *s = "Hello, World! The Quick Brown Fox 123 jumps... over_the lazy dog #42";
    char up[128], low[128], title[128];
    size_t n = strlen(s);
    int start = 1;
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = (unsigned char)s[i];
        up[i] = (char)toupper(c);
        low[i] = (char)tolower(c);
        title[i] = (char)(start ? toupper(c) : tolower(c));
        start = !isalnum(c);
    }
    printf("%s\n%s\n%s\n", up, low, title);
    int hist[26] = {0}, digits = 0, spaces = 0, other = 0;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalpha(c)) hist[tolower(c) - 'a']++;
        else if (isdigit(c)) digits++;
        else if (isspace(c)) spaces++;
        else other++;
    }
    for (int i = 0; i < 26; i++) if (hist[i]) printf("%c%d ", 'a' + i, hist[i]);
    printf("\ndigits %d spaces %d other %d\n", digits, spaces, other);
    return 0;
}
