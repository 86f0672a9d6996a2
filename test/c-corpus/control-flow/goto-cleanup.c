// The goto-cleanup idiom: staged resource acquisition with a single exit path that releases in reverse order.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int live_buffers;
static void *acquire(size_t n) { live_buffers++; return calloc(1, n); }
static void release(void *p) { if (p) { live_buffers--; free(p); } }

/* fail_at selects which stage reports failure (0 = none) */
static int process(int fail_at, int *result) {
    int rc = -1;
    char *name = NULL;
    int *table = NULL;
    double *weights = NULL;
    name = acquire(32);
    if (!name) goto out;
    if (fail_at == 1) { printf("  stage 1 failed\n"); goto free_name; }
    strcpy(name, "job");
    table = acquire(sizeof(int) * 64);
    if (!table) goto free_name;
    if (fail_at == 2) { printf("  stage 2 failed\n"); goto free_table; }
    for (int i = 0; i < 64; i++) table[i] = i * i % 17;
    weights = acquire(sizeof(double) * 64);
    if (!weights) goto free_table;
    if (fail_at == 3) { printf("  stage 3 failed\n"); goto free_weights; }
    double acc = 0;
    for (int i = 0; i < 64; i++) { weights[i] = 1.0 / (i + 1); acc += table[i] * weights[i]; }
    if (fail_at == 4) { printf("  stage 4 (validation) failed\n"); goto free_weights; }
    *result = (int)(acc * 1000);
    printf("  %s computed %d\n", name, *result);
    rc = 0;
free_weights:
    release(weights);
free_table:
    release(table);
free_name:
    release(name);
out:
    return rc;
}

/* nested retry loop implemented with labels */
static int with_retries(int succeed_on) {
    int attempt = 0;
retry:
    attempt++;
    if (attempt < succeed_on) {
        if (attempt >= 4) goto give_up;
        goto retry;
    }
    return attempt;
give_up:
    return -attempt;
}

int main(void) {
    for (int f = 0; f <= 4; f++) {
        int result = 0;
        printf("fail_at=%d:\n", f);
        int rc = process(f, &result);
        printf("  rc=%d result=%d live buffers=%d\n", rc, result, live_buffers);
    }
    for (int s = 1; s <= 6; s++) printf("with_retries(%d) = %d\n", s, with_retries(s));
    return live_buffers;
}
