// American Soundex codes and a phonetic grouping of surnames.
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

static char code_of(char c) {
    switch (toupper((unsigned char)c)) {
    case 'B': case 'F': case 'P': case 'V': return '1';
    case 'C': case 'G': case 'J': case 'K': case 'Q': case 'S': case 'X': case 'Z': return '2';
    case 'D': case 'T': return '3';
    case 'L': return '4';
    case 'M': case 'N': return '5';
    case 'R': return '6';
    case 'H': case 'W': return 'h';
    default: return '0'; /* vowels and y */
    }
}

static void soundex(const char *name, char out[5]) {
    while (*name && !isalpha((unsigned char)*name)) name++;
    if (!*name) { strcpy(out, "0000"); return; }
    out[0] = (char)toupper((unsigned char)*name);
    char last = code_of(*name);
    int n = 1;
    for (const char *p = name + 1; *p && n < 4; p++) {
        if (!isalpha((unsigned char)*p)) continue;
        char c = code_of(*p);
        if (c == 'h') continue;           /* h and w do not separate equal codes */
        if (c != '0' && c != last) out[n++] = c;
        last = c;
    }
    while (n < 4) out[n++] = '0';
    out[4] = 0;
}

typedef struct { char code[5]; const char *name; } Entry;
static int cmp(const void *a, const void *b) {
    const Entry *x = a, *y = b;
    int c = strcmp(x->code, y->code);
    return c ? c : strcmp(x->name, y->name);
}

int main(void) {
    const char *names[] = {"Robert", "Rupert", "Rubin", "Ashcraft", "Ashcroft", "Tymczak", "Pfister", "Honeyman",
                           "Washington", "Lee", "Gutierrez", "Jackson", "Smith", "Smyth", "Schmidt", "O'Hara",
                           "Lloyd", "Euler", "Ellery", "Gauss", "Ghosh", "Hilbert", "Heilbronn", "Knuth", "Kant", ""};
    enum { N = sizeof names / sizeof *names };
    Entry e[N];
    for (int i = 0; i < N; i++) {
        soundex(names[i], e[i].code);
        e[i].name = names[i];
        printf("%-11s %s\n", names[i], e[i].code);
    }
    qsort(e, N, sizeof *e, cmp);
    printf("groups sharing a code:\n");
    for (int i = 0; i < N;) {
        int j = i + 1;
        while (j < N && strcmp(e[j].code, e[i].code) == 0) j++;
        if (j - i > 1) {
            printf("  %s:", e[i].code);
            for (int k = i; k < j; k++) printf(" %s", e[k].name);
            printf("\n");
        }
        i = j;
    }
    return 0;
}
