/* Recursive quicksort (median of three, insertion sort for short ranges) of
 * pseudo-random integers, repeated on fresh data: compares, swaps, calls. */
#include "bench.h"

#define N 100000
#define REPS (3 * SCALE)

static i32 data[N];

static void insertion_sort(i32 *a, int n) {
    for (int i = 1; i < n; i++) {
        i32 v = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void swap(i32 *x, i32 *y) {
    i32 t = *x;
    *x = *y;
    *y = t;
}

static void quicksort(i32 *a, int n) {
    while (n > 16) {
        int mid = n / 2;
        if (a[mid] < a[0]) swap(&a[mid], &a[0]);
        if (a[n - 1] < a[0]) swap(&a[n - 1], &a[0]);
        if (a[n - 1] < a[mid]) swap(&a[n - 1], &a[mid]);
        i32 pivot = a[mid];
        int i = 0, j = n - 1;
        for (;;) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i >= j) break;
            swap(&a[i], &a[j]);
            i++;
            j--;
        }
        /* Recurse on the smaller part, loop on the larger. */
        int left = j + 1;
        if (left < n - left) {
            quicksort(a, left);
            a += left;
            n -= left;
        } else {
            quicksort(a + left, n - left);
            n = left;
        }
    }
    insertion_sort(a, n);
}

EXPORT unsigned run(void) {
    u32 seed = 2463534242u;
    u32 h = CHECK_INIT;
    for (int r = 0; r < REPS; r++) {
        for (int i = 0; i < N; i++)
            data[i] = (i32)(xorshift32(&seed) % 1000000u) - 500000;
        quicksort(data, N);
        u32 sorted = 1;
        for (int i = 1; i < N; i++)
            if (data[i - 1] > data[i]) sorted = 0;
        h = mix(h, sorted);
        for (int i = 0; i < N; i += 97)
            h = mix(h, (u32)data[i]);
    }
    return h;
}
