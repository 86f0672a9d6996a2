// A try/catch/finally emulation with a stack of jmp_bufs and resource cleanup records.
#include <stdio.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

typedef struct Frame { jmp_buf env; struct Frame *prev; void **owned; int nowned; } Frame;
static Frame *top;
static int live_allocations;

static void throw_error(int code) {
    Frame *f = top;
    for (int i = 0; i < f->nowned; i++) { free(f->owned[i]); live_allocations--; }
    f->nowned = 0;
    top = f->prev;
    longjmp(f->env, code);
}

static void *own(size_t n) {
    void *p = malloc(n);
    live_allocations++;
    top->owned[top->nowned++] = p;
    return p;
}

static int work(int n) {
    char *buf = own(64);
    snprintf(buf, 64, "job-%d", n);
    int *nums = own(sizeof(int) * 10);
    for (int i = 0; i < 10; i++) nums[i] = n * i;
    if (n % 4 == 0) throw_error(100 + n);
    if (strlen(buf) > 5 && n > 10) throw_error(200 + n);
    return nums[9] + (int)strlen(buf);
}

static int run_job(int n, int *result) {
    void *slots[8];
    Frame f;
    f.prev = top;
    f.owned = slots;
    f.nowned = 0;
    top = &f;
    int code = setjmp(f.env);
    if (code == 0) {
        *result = work(n);
        /* finally: normal path releases owned resources */
        for (int i = 0; i < f.nowned; i++) { free(f.owned[i]); live_allocations--; }
        top = f.prev;
        return 0;
    }
    return code;
}

int main(void) {
    int ok = 0, failed = 0;
    for (int n = 1; n <= 14; n++) {
        int r = 0;
        int code = run_job(n, &r);
        if (code) { printf("job %2d threw %d\n", n, code); failed++; }
        else { printf("job %2d -> %d\n", n, r); ok++; }
    }
    printf("ok %d failed %d live allocations %d, handler stack empty: %s\n", ok, failed, live_allocations, top ? "no" : "yes");
    return live_allocations;
}
