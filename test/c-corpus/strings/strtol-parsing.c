// Number parsing with strtol/strtoul/atoi: bases, signs, end pointers, overflow clamping.
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>

int main(void) {
    const char *inputs[] = {"42", "   -17xyz", "+0", "0x1F", "0755", "z", "", "  +", "12345678901", "-2147483648",
                            "2147483647", "-2147483649", "0b101", "1e5", "  \t\n 99 bottles"};
    int bases[] = {10, 0, 16, 8, 2, 36};
    for (int i = 0; i < 15; i++) {
        printf("%-18s", inputs[i]);
        for (int b = 0; b < 6; b++) {
            char *end;
            long v = strtol(inputs[i], &end, bases[b]);
            printf(" b%-2d:%ld/%d", bases[b], v, (int)(end - inputs[i]));
        }
        printf("\n");
    }
    const char *uinputs[] = {"4294967295", "4294967296", "-1", "ffffffff", "deadBEEF", "  0x10"};
    for (int i = 0; i < 6; i++) {
        char *end;
        unsigned long v = strtoul(uinputs[i], &end, i >= 3 ? 16 : 10);
        printf("strtoul(%s) = %lu, consumed %d\n", uinputs[i], v, (int)(end - uinputs[i]));
    }
    printf("atoi: %d %d %d %d\n", atoi("123"), atoi("-45abc"), atoi("  7"), atoi("x9"));
    /* parse a list of numbers using the end pointer */
    const char *list = "10, 20,-30 ,0x40, 077, 1000000";
    const char *p = list;
    long sum = 0;
    int count = 0;
    while (*p) {
        char *end;
        long v = strtol(p, &end, 0);
        if (end == p) { p++; continue; }
        printf("item %d: %ld\n", ++count, v);
        sum += v;
        p = end;
    }
    printf("sum %ld\n", sum);
    return 0;
}
