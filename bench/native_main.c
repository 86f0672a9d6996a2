/* Native driver of a benchmark kernel.
 *
 *     prog [MIN_MS [MIN_CALLS]]
 *
 * calls run() at least MIN_CALLS times (default 3) and until MIN_MS
 * milliseconds (default 300) of wall-clock time have passed, checks that every
 * call returns the same checksum, and prints
 *     checksum <u32>
 *     calls <number of calls>
 *     wall_ns <median wall-clock time of one call, in nanoseconds>
 *     cpu_ns <median CPU time of one call, in nanoseconds>
 * A single call of a kernel takes only milliseconds natively (the kernels are
 * sized for the interpreters), hence the repetition.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

unsigned run(void);

#define MAX_CALLS 100000

static long long clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int compare(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

static long long wall[MAX_CALLS], cpu[MAX_CALLS];

int main(int argc, char **argv) {
    long long min_ns = (argc > 1 ? atoll(argv[1]) : 300) * 1000000LL;
    int min_calls = argc > 2 ? atoi(argv[2]) : 3;
    unsigned first = 0;
    int calls = 0;
    long long start = clock_ns(CLOCK_MONOTONIC);
    while (calls < MAX_CALLS &&
           (calls < min_calls || clock_ns(CLOCK_MONOTONIC) - start < min_ns)) {
        long long w0 = clock_ns(CLOCK_MONOTONIC), c0 = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
        unsigned c = run();
        cpu[calls] = clock_ns(CLOCK_PROCESS_CPUTIME_ID) - c0;
        wall[calls] = clock_ns(CLOCK_MONOTONIC) - w0;
        if (calls == 0)
            first = c;
        else if (c != first) {
            fprintf(stderr, "run() is not deterministic: %u then %u\n", first, c);
            return 1;
        }
        calls++;
    }
    qsort(wall, (size_t)calls, sizeof wall[0], compare);
    qsort(cpu, (size_t)calls, sizeof cpu[0], compare);
    printf("checksum %u\ncalls %d\nwall_ns %lld\ncpu_ns %lld\n", first, calls, wall[calls / 2],
           cpu[calls / 2]);
    return 0;
}
