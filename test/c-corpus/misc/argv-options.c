// ARGS: -n 5 --width=12 -abc file1.txt "two words" -- -notanoption last
// getopt-like option parsing written by hand: short flags, grouped flags, values, long options with '=', and '--'.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char *argv[]) {
    int count = 1, width = 8, flag_a = 0, flag_b = 0, flag_c = 0;
    const char *positional[16];
    int np = 0, only_positional = 0;
    for (int i = 1; i < argc; i++) {
        char *arg = argv[i];
        if (only_positional || arg[0] != '-' || arg[1] == 0) { positional[np++] = arg; continue; }
        if (strcmp(arg, "--") == 0) { only_positional = 1; continue; }
        if (strncmp(arg, "--", 2) == 0) {
            char *eq = strchr(arg, '=');
            size_t klen = eq ? (size_t)(eq - arg - 2) : strlen(arg + 2);
            if (klen == 5 && strncmp(arg + 2, "width", 5) == 0 && eq) width = atoi(eq + 1);
            else { printf("unknown long option %s\n", arg); return 2; }
            continue;
        }
        for (char *p = arg + 1; *p; p++) {
            switch (*p) {
            case 'a': flag_a = 1; break;
            case 'b': flag_b = 1; break;
            case 'c': flag_c = 1; break;
            case 'n':
                if (p[1]) { count = atoi(p + 1); p += strlen(p) - 1; }
                else if (i + 1 < argc) count = atoi(argv[++i]);
                else { printf("-n needs a value\n"); return 2; }
                break;
            default: printf("unknown option -%c\n", *p); return 2;
            }
        }
    }
    printf("count=%d width=%d a=%d b=%d c=%d positional=%d\n", count, width, flag_a, flag_b, flag_c, np);
    for (int k = 0; k < count; k++) {
        for (int j = 0; j < np; j++) printf("[%-*.*s]", width, width, positional[j]);
        printf(" #%d\n", k + 1);
    }
    /* modify argv strings in place: they are writable */
    for (int i = 1; i < argc; i++) for (char *p = argv[i]; *p; p++) if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 32);
    printf("upper:");
    for (int i = 1; i < argc; i++) printf(" %s", argv[i]);
    printf("\n");
    return 0;
}
