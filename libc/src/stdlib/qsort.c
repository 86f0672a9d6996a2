/* qsort: heapsort (O(n log n) in the worst case, no recursion, no extra memory). Elements are
 * swapped with segment.copy through a 16-aligned temporary, in whole chunks, so pointers
 * inside elements keep their tags (a byte loop would turn them into data). */
#include <stdlib.h>

static void swap(char *a, char *b, size_t size) {
  _Alignas(16) char tmp[256];
  while (size) {
    size_t n = size < sizeof tmp ? size : sizeof tmp;
    __builtin_memcpy(tmp, a, n);
    __builtin_memcpy(a, b, n);
    __builtin_memcpy(b, tmp, n);
    a += n;
    b += n;
    size -= n;
  }
}

/* Moves element i down the max-heap of n elements rooted at base. */
static void sift(char *base, size_t i, size_t n, size_t size,
                 int (*cmp)(const void *, const void *)) {
  for (;;) {
    size_t child = 2 * i + 1;
    if (child >= n) return;
    if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size) < 0) child++;
    if (cmp(base + i * size, base + child * size) >= 0) return;
    swap(base + i * size, base + child * size, size);
    i = child;
  }
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
  char *b = base;
  if (n < 2 || !size) return;
  for (size_t i = n / 2; i-- > 0;) sift(b, i, n, size, cmp);
  for (size_t end = n - 1; end > 0; end--) {
    swap(b, b + end * size, size);
    sift(b, 0, end, size, cmp);
  }
}
