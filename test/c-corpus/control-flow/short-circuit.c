// Short-circuit evaluation, sequence points, the comma and conditional operators, with side-effect logging.
#include <stdio.h>

static char log_buf[512];
static int log_len;

static int t(int id, int v) { log_buf[log_len++] = (char)('0' + id); return v; }

static void show(const char *expr, int result) {
    log_buf[log_len] = 0;
    printf("%-40s = %d  evaluated: %s\n", expr, result, log_buf);
    log_len = 0;
}

int main(void) {
    show("t1(0) && t2(1)", t(1, 0) && t(2, 1));
    show("t1(1) && t2(0) && t3(1)", t(1, 1) && t(2, 0) && t(3, 1));
    show("t1(1) || t2(1)", t(1, 1) || t(2, 1));
    show("t1(0) || t2(0) || t3(5)", t(1, 0) || t(2, 0) || t(3, 5));
    show("t1(1) && (t2(0) || t3(1))", t(1, 1) && (t(2, 0) || t(3, 1)));
    show("(t1(0) && t2(1)) || t3(1)", (t(1, 0) && t(2, 1)) || t(3, 1));
    show("t1(1) ? t2(7) : t3(8)", t(1, 1) ? t(2, 7) : t(3, 8));
    show("t1(0) ? t2(7) : t3(8)", t(1, 0) ? t(2, 7) : t(3, 8));
    show("(t1(1), t2(2), t3(3))", (t(1, 1), t(2, 2), t(3, 3)));
    show("!t1(0) && !t2(0)", !t(1, 0) && !t(2, 0));
    show("t1(3) ? t2(0) ? t3(1) : t4(2) : t5(3)", t(1, 3) ? t(2, 0) ? t(3, 1) : t(4, 2) : t(5, 3));
    /* guarding dereferences */
    int arr[4] = {1, 2, 3, 4};
    int *ptrs[] = {arr, 0, arr + 3};
    for (int i = 0; i < 3; i++) printf("ptr %d: %s\n", i, ptrs[i] && *ptrs[i] > 2 ? "big" : "small or null");
    /* side effects in loop conditions */
    int i = 0, n = 0;
    while (i++ < 10 && (n += i) < 30) {}
    printf("i=%d n=%d\n", i, n);
    int a = 5, b = 0;
    int r = (b != 0 && a / b > 1) || (a > 3 && (b = a * 2));
    printf("r=%d b=%d\n", r, b);
    int x = 0;
    x = (x++, x++, x + 10);
    printf("comma chain x=%d\n", x);
    unsigned cnt = 0;
    for (unsigned k = 0; k < 100; k++) if ((k % 3 == 0 || k % 5 == 0) && !(k % 15 == 0)) cnt += k;
    printf("sum of multiples of 3 or 5 but not 15 below 100: %u\n", cnt);
    return 0;
}
