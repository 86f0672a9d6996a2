// setjmp/longjmp subtleties: volatile locals keep values, nested jump buffers, jumping across several frames.
#include <stdio.h>
#include <setjmp.h>

static jmp_buf outer, inner;
static int depth_reached;

static void dive(int depth, int limit) {
    depth_reached = depth;
    if (depth == limit) longjmp(outer, depth * 10);
    dive(depth + 1, limit);
}

static int try_inner(int x) {
    volatile int attempts = 0;
    int r = setjmp(inner);
    attempts++;
    if (r == 0) {
        if (x % 3 == 0) longjmp(inner, 1);
        return x * 2;
    }
    if (r < 3) longjmp(inner, r + 1); /* retry a few times */
    return -attempts;
}

int main(void) {
    for (int limit = 1; limit <= 5; limit++) {
        volatile int counter = 0;
        int code = setjmp(outer);
        if (code == 0) {
            counter = 100 + limit;
            dive(1, limit * 7);
            printf("not reached\n");
        } else {
            printf("limit %d: longjmp code %d, depth %d, counter %d\n", limit, code, depth_reached, counter);
        }
    }
    for (int x = 1; x <= 9; x++) printf("try_inner(%d) = %d\n", x, try_inner(x));
    /* longjmp with value 0 becomes 1 */
    static jmp_buf z;
    volatile int passes = 0;
    int v = setjmp(z);
    passes++;
    if (passes == 1) longjmp(z, 0);
    printf("setjmp returned %d after %d passes\n", v, passes);
    return 0;
}
