// stdlib.h allocation: malloc(0), sizes no allocator can give (NULL with ENOMEM), calloc's
// n * size overflow and zeroing (also of reused memory), realloc from NULL, growing and
// shrinking with contents kept, realloc to 0 (implementation-defined: only freed, nothing
// printed), aligned_alloc and posix_memalign alignments, large blocks, and a stress of many
// blocks of random sizes. The functions are called through volatile pointers so that the
// compiler cannot fold an allocation it can see through (LLVM assumes malloc leaves errno
// alone and may drop unused blocks). Output compared with a native build.
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *(*volatile my_malloc)(size_t) = malloc;
static void *(*volatile my_calloc)(size_t, size_t) = calloc;
static void *(*volatile my_realloc)(void *, size_t) = realloc;
static void *(*volatile my_aligned_alloc)(size_t, size_t) = aligned_alloc;
static int (*volatile my_posix_memalign)(void **, size_t, size_t) = posix_memalign;

static unsigned long long seed = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n) {
  seed = seed * 6364136223846793005ull + 1442695040888963407ull;
  return (unsigned)(seed >> 33) % n;
}

static int all_zero(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i]) return 0;
  return 1;
}

static void failures(void) {
  size_t sizes[] = {SIZE_MAX, SIZE_MAX - 15, SIZE_MAX / 2 + 1, SIZE_MAX - 4096};
  for (unsigned i = 0; i < sizeof sizes / sizeof *sizes; i++) {
    errno = 0;
    void *p = my_malloc(sizes[i]);
    printf("malloc(%zu): %s errno ENOMEM %d\n", sizes[i], p ? "block" : "NULL", errno == ENOMEM);
    free(p);
  }
  struct {
    size_t n, size;
  } cs[] = {{0x10000, 0x10000}, {SIZE_MAX, 2}, {2, SIZE_MAX}, {0x10001, 0xffff},
            {SIZE_MAX, SIZE_MAX}, {3, SIZE_MAX / 3 + 1}};
  for (unsigned i = 0; i < sizeof cs / sizeof *cs; i++) {
    errno = 0;
    void *p = my_calloc(cs[i].n, cs[i].size);
    printf("calloc(%zu, %zu): %s errno ENOMEM %d\n", cs[i].n, cs[i].size, p ? "block" : "NULL",
           errno == ENOMEM);
    free(p);
  }
  /* a failed realloc leaves the block alone */
  char *p = my_malloc(8);
  strcpy(p, "intact");
  errno = 0;
  char *q = my_realloc(p, SIZE_MAX - 8);
  printf("realloc huge: %s errno ENOMEM %d, old block [%s]\n", q ? "block" : "NULL",
         errno == ENOMEM, p);
  free(p);
}

static void zero_sizes(void) {
  void *a = my_malloc(0), *b = my_malloc(0);
  /* C: NULL or a unique pointer; glibc and this libc both give unique blocks */
  printf("malloc(0): %s, distinct %d\n", a ? "block" : "NULL", a != b);
  free(a);
  free(b);
  a = my_calloc(0, 10);
  b = my_calloc(10, 0);
  printf("calloc zero: %s %s\n", a ? "block" : "NULL", b ? "block" : "NULL");
  free(a);
  free(b);
  /* realloc(p, 0): freed (glibc returns NULL, C17 leaves it open); whatever comes back is
   * freed without being looked at */
  a = my_malloc(16);
  b = my_realloc(a, 0);
  free(b);
  printf("realloc to 0: done\n");
  free(NULL);
  printf("free(NULL): done\n");
}

static void contents(void) {
  char *p = my_realloc(NULL, 10);
  printf("realloc(NULL, 10): %s\n", p ? "block" : "NULL");
  for (int i = 0; i < 10; i++) p[i] = (char)('a' + i);
  int ok = 1;
  size_t size = 10;
  for (int step = 0; step < 12; step++) { /* grow to 40 KB, then shrink, checking the prefix */
    size_t next = step < 8 ? size * 3 : size / 5 + 1;
    char *q = my_realloc(p, next);
    if (!q) {
      printf("realloc failed\n");
      return;
    }
    size_t keep = size < next ? size : next;
    for (size_t i = 0; i < keep; i++) ok &= q[i] == (char)('a' + i % 26);
    for (size_t i = keep; i < next; i++) q[i] = (char)('a' + i % 26);
    p = q;
    size = next;
  }
  printf("realloc chain: contents kept %d, final size %zu\n", ok, size);
  free(p);

  /* calloc zeroes, also memory malloc handed out and got back dirty */
  for (int round = 0; round < 3; round++) {
    unsigned char *d = my_malloc(4096);
    memset(d, 0xa5, 4096);
    free(d);
    size_t n = 100 + (size_t)round * 1000;
    unsigned char *z = my_calloc(n, 4);
    printf("calloc(%zu, 4) zero %d\n", n, all_zero(z, n * 4));
    free(z);
  }
  /* a structure with pointers keeps them through realloc */
  struct node {
    const char *name;
    int v;
  };
  struct node *arr = my_malloc(2 * sizeof *arr);
  arr[0] = (struct node){"first", 1};
  arr[1] = (struct node){"second", 2};
  arr = my_realloc(arr, 100 * sizeof *arr);
  printf("pointers after realloc: %s %d %s %d\n", arr[0].name, arr[0].v, arr[1].name, arr[1].v);
  free(arr);
}

static void alignment(void) {
  for (size_t align = 1; align <= 65536; align *= 2) {
    errno = 0;
    void *p = my_aligned_alloc(align, align * 3);
    printf("aligned_alloc(%zu): %s, aligned %d", align, p ? "block" : "NULL",
           p && (uintptr_t)p % align == 0);
    if (p) memset(p, 1, align * 3);
    free(p);
    void *q = NULL;
    int r = my_posix_memalign(&q, align, 40);
    printf("; posix_memalign: %d, aligned %d\n", r,
           r == 0 && q && (uintptr_t)q % align == 0);
    if (!r) free(q);
  }
  void *q = (void *)&q;
  int r = my_posix_memalign(&q, 3, 8);
  printf("posix_memalign(3): EINVAL %d, pointer untouched %d\n", r == EINVAL, q == (void *)&q);
  r = my_posix_memalign(&q, 24, 8);
  printf("posix_memalign(24): EINVAL %d\n", r == EINVAL);
  errno = 0;
  r = my_posix_memalign(&q, 16, SIZE_MAX - 8);
  printf("posix_memalign huge: ENOMEM %d\n", r == ENOMEM);
  /* malloc's blocks suit any object type */
  for (int i = 1; i < 100; i += 7) {
    void *p = my_malloc((size_t)i);
    /* through a volatile: LLVM folds the two tests into a ptrtoint to the 128-bit pointer
     * width, which the MSWasm code generator does not support (a compiler bug) */
    volatile uintptr_t a = (uintptr_t)p;
    printf("%d", a % _Alignof(long double) == 0 && a % 8 == 0);
    free(p);
  }
  printf(" <- malloc alignment\n");
}

static void large(void) {
  size_t n = (size_t)32 << 20;
  unsigned char *p = my_malloc(n);
  printf("malloc 32 MB: %s\n", p ? "block" : "NULL");
  if (!p) return;
  p[0] = 1;
  p[n / 2] = 2;
  p[n - 1] = 3;
  printf("ends %d %d %d\n", p[0], p[n / 2], p[n - 1]);
  unsigned char *q = my_realloc(p, n + 4096);
  printf("realloc larger: %s, kept %d %d %d\n", q ? "block" : "NULL", q[0], q[n / 2], q[n - 1]);
  free(q);
  unsigned char *z = my_calloc(n / 4, 4);
  int zero = z != NULL;
  for (size_t i = 0; z && i < n; i += 4093) zero &= z[i] == 0; /* a sample: -O0 is slow */
  printf("calloc 32 MB zero %d %d\n", zero, z && z[n - 1] == 0);
  free(z);
}

/* Many blocks of random sizes, each filled with a pattern of its own, freed and reallocated
 * in random order; any overlap or lost content shows. */
static void stress(void) {
  enum { N = 1000 };
  static unsigned char *blocks[N];
  static size_t sizes[N];
  int bad = 0;
  unsigned long live = 0;
  for (int round = 0; round < 8000; round++) {
    int i = (int)rnd(N);
    if (blocks[i]) {
      for (size_t k = 0; k < sizes[i]; k++) bad += blocks[i][k] != (unsigned char)(i + k);
      if (rnd(3) == 0) {
        size_t ns = rnd(4) ? rnd(64) : rnd(3000);
        unsigned char *q = my_realloc(blocks[i], ns);
        if (!q && ns) {
          bad++;
          continue;
        }
        size_t keep = sizes[i] < ns ? sizes[i] : ns;
        for (size_t k = 0; k < keep; k++) bad += q[k] != (unsigned char)(i + k);
        for (size_t k = 0; k < ns; k++) q[k] = (unsigned char)(i + k);
        if (!ns) {
          free(q);
          q = NULL;
          live--;
        }
        blocks[i] = q;
        sizes[i] = q ? ns : 0;
      } else {
        free(blocks[i]);
        blocks[i] = NULL;
        live--;
      }
    } else {
      size_t ns = 1 + (rnd(8) ? rnd(100) : rnd(3000));
      blocks[i] = rnd(2) ? my_malloc(ns) : my_calloc(1, ns);
      if (!blocks[i]) {
        bad++;
        continue;
      }
      sizes[i] = ns;
      for (size_t k = 0; k < ns; k++) blocks[i][k] = (unsigned char)(i + k);
      live++;
    }
  }
  for (int i = 0; i < N; i++) {
    if (blocks[i]) {
      for (size_t k = 0; k < sizes[i]; k++) bad += blocks[i][k] != (unsigned char)(i + k);
      free(blocks[i]);
    }
  }
  printf("stress: %d bad bytes, %lu blocks were live at the end\n", bad, live);
}

int main(void) {
  failures();
  zero_sizes();
  contents();
  alignment();
  large();
  stress();
  return 0;
}
