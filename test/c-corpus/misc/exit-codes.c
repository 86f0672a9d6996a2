// Exit status propagation: exit(3) from a nested call must flush buffered stdout (puts/fputs/fprintf/printf mixed).
#include <stdio.h>
#include <stdlib.h>

static int depth_limit = 6;

static void validate(int depth, const int *data, int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) sum += data[i] * (depth + 1);
    printf("depth %d: checksum %d\n", depth, sum);
    if (depth == depth_limit) {
        printf("validation failed at depth %d, exiting with status 3\n", depth);
        fprintf(stderr, "exit-codes: diagnostic on stderr (not compared)\n");
        fputs("last words via fputs\n", stdout);
        exit(3); /* stdout must still be flushed */
    }
    validate(depth + 1, data, n);
    printf("never printed\n");
}

int main(void) {
    int data[10];
    for (int i = 0; i < 10; i++) data[i] = i * i - 20;
    puts("starting");
    fprintf(stdout, "%s %d %s\n", "fprintf to stdout:", 42, "ok");
    fputs("fputs without newline, ", stdout);
    puts("then puts adds one");
    for (int i = 0; i < 40; i++) printf("%c", 'a' + i % 26); /* leave a partial line in the buffer */
    printf("\n");
    validate(0, data, 10);
    return 0;
}
