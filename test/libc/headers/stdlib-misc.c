// stdlib.h: abs/labs/llabs and div/ldiv/lldiv over every sign combination, qsort over many
// sizes and element sizes (1, 3, 8, 24, 300 bytes; elements holding pointers) with comparators
// that define a total order (qsort is not stable, so no test depends on the order of equal
// keys), bsearch hits and misses, rand's range and srand's determinism (the values differ
// from glibc's, so none is printed), getenv of unset names, and atexit order with output at
// exit and the exit status. Output compared with a native build.
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long seed = 12345;
static unsigned rnd(unsigned n) {
  seed = seed * 6364136223846793005ull + 1442695040888963407ull;
  return (unsigned)(seed >> 33) % n;
}

static void arithmetic(void) {
  printf("abs %d %d %d %d\n", abs(0), abs(-5), abs(5), abs(INT_MIN + 1));
  printf("labs %ld %ld\n", labs(-7L), labs(LONG_MIN + 1));
  printf("llabs %lld %lld\n", llabs(-7LL), llabs(LLONG_MIN + 1));
  int nums[] = {7, -7, 0, 1, -1, INT_MAX, INT_MIN};
  int dens[] = {2, -2, 1, 3, -3, INT_MAX, 7};
  for (unsigned i = 0; i < sizeof nums / sizeof *nums; i++) {
    for (unsigned j = 0; j < sizeof dens / sizeof *dens; j++) {
      div_t d = div(nums[i], dens[j]);
      printf("div(%d,%d)=%d,%d ", nums[i], dens[j], d.quot, d.rem);
    }
    printf("\n");
  }
  ldiv_t l = ldiv(LONG_MIN, 10);
  printf("ldiv %ld %ld\n", l.quot, l.rem);
  l = ldiv(-1L, LONG_MAX);
  printf("ldiv %ld %ld\n", l.quot, l.rem);
  lldiv_t ll = lldiv(LLONG_MIN, 7);
  printf("lldiv %lld %lld\n", ll.quot, ll.rem);
  ll = lldiv(-123456789012345LL, -1000);
  printf("lldiv %lld %lld\n", ll.quot, ll.rem);
  ll = lldiv(LLONG_MAX, -2);
  printf("lldiv %lld %lld\n", ll.quot, ll.rem);
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static int cmp_uchar_desc(const void *a, const void *b) {
  return *(const unsigned char *)b - *(const unsigned char *)a;
}

/* 3-byte elements compared as big-endian numbers */
static int cmp3(const void *a, const void *b) { return memcmp(a, b, 3); }

struct rec {
  char *name; /* a pointer: qsort must move it whole */
  int key;
  double weight;
  int id; /* makes the order total */
};

static int cmp_rec(const void *a, const void *b) {
  const struct rec *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  int c = strcmp(x->name, y->name);
  if (c) return c;
  return (x->id > y->id) - (x->id < y->id);
}

struct big {
  int key;
  char payload[296];
};

static int cmp_big(const void *a, const void *b) {
  const struct big *x = a, *y = b;
  return (x->key > y->key) - (x->key < y->key);
}

static unsigned long checksum(const void *p, size_t n) {
  const unsigned char *c = p;
  unsigned long s = 0;
  for (size_t i = 0; i < n; i++) s = s * 131 + c[i];
  return s;
}

static void sorting(void) {
  /* ints of many lengths, with duplicates, already sorted, reversed and all equal */
  static int a[1100];
  int sizes[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 100, 255, 256, 1000, 1100};
  for (unsigned s = 0; s < sizeof sizes / sizeof *sizes; s++) {
    int n = sizes[s];
    for (int kind = 0; kind < 4; kind++) {
      long sum = 0;
      for (int i = 0; i < n; i++) {
        a[i] = kind == 0 ? (int)rnd(n / 2 + 1) - n / 4 : kind == 1 ? i : kind == 2 ? n - i : 7;
        sum += a[i];
      }
      if (kind == 0 && n > 2) {
        a[0] = INT_MIN;
        a[n - 1] = INT_MAX;
        sum = 0;
        for (int i = 0; i < n; i++) sum += a[i];
      }
      qsort(a, (size_t)n, sizeof *a, cmp_int);
      int sorted = 1;
      long after = 0;
      for (int i = 0; i < n; i++) {
        after += a[i];
        if (i) sorted &= a[i - 1] <= a[i];
      }
      printf("qsort n=%d kind %d: sorted %d sum kept %d first %d last %d\n", n, kind, sorted,
             sum == after, n ? a[0] : 0, n ? a[n - 1] : 0);
    }
  }
  /* bytes, descending */
  unsigned char bytes[300];
  for (int i = 0; i < 300; i++) bytes[i] = (unsigned char)rnd(256);
  qsort(bytes, sizeof bytes, 1, cmp_uchar_desc);
  printf("bytes: %02x %02x %02x ... %02x, checksum %08lx\n", bytes[0], bytes[1], bytes[2],
         bytes[299], checksum(bytes, sizeof bytes));
  /* 3-byte elements */
  unsigned char three[3 * 200];
  for (int i = 0; i < 600; i++) three[i] = (unsigned char)rnd(4);
  qsort(three, 200, 3, cmp3);
  printf("3-byte elements: checksum %08lx\n", checksum(three, sizeof three));
  /* structures with pointers */
  static char names[50][8];
  static struct rec recs[50];
  for (int i = 0; i < 50; i++) {
    snprintf(names[i], sizeof names[i], "n%02u", rnd(20));
    recs[i] = (struct rec){names[i], (int)rnd(5), i * 0.5, i};
  }
  qsort(recs, 50, sizeof *recs, cmp_rec);
  printf("records:");
  for (int i = 0; i < 50; i += 7) printf(" %d/%s/%d/%g", recs[i].key, recs[i].name, recs[i].id,
                                         recs[i].weight);
  printf("\n");
  int order = 1;
  for (int i = 1; i < 50; i++) order &= cmp_rec(&recs[i - 1], &recs[i]) < 0;
  printf("records ordered %d, names still reachable %d\n", order, recs[49].name[0] == 'n');
  /* elements larger than any small swap buffer */
  static struct big bigs[40];
  for (int i = 0; i < 40; i++) {
    bigs[i].key = (int)rnd(1000) * 40 + i; /* distinct keys */
    memset(bigs[i].payload, 'a' + i % 26, sizeof bigs[i].payload);
    bigs[i].payload[295] = (char)i;
  }
  qsort(bigs, 40, sizeof *bigs, cmp_big);
  int intact = 1, ascending = 1;
  for (int i = 0; i < 40; i++) {
    int id = bigs[i].key % 40;
    intact &= bigs[i].payload[295] == (char)id && bigs[i].payload[0] == 'a' + id % 26 &&
              bigs[i].payload[200] == 'a' + id % 26;
    if (i) ascending &= bigs[i - 1].key < bigs[i].key;
  }
  printf("300-byte elements: ascending %d intact %d\n", ascending, intact);
  /* qsort of 0 elements never calls the comparator; n = 1 neither */
  qsort(NULL, 0, 4, cmp_int);
  int one = 5;
  qsort(&one, 1, sizeof one, cmp_int);
  printf("qsort 0 and 1 elements: %d\n", one);
}

static void searching(void) {
  int sorted[100];
  for (int i = 0; i < 100; i++) sorted[i] = i * 3 - 50;
  int hits = 0, misses = 0, wrong = 0;
  for (int k = -60; k < 260; k++) {
    int *p = bsearch(&k, sorted, 100, sizeof *sorted, cmp_int);
    if (p) {
      hits++;
      wrong += *p != k;
    } else {
      misses++;
      wrong += (k + 50) % 3 == 0 && k >= -50 && k <= 247;
    }
  }
  printf("bsearch: %d hits %d misses %d wrong\n", hits, misses, wrong);
  for (int n = 0; n <= 4; n++) {
    printf("bsearch n=%d:", n);
    for (int k = -51; k <= -38; k++) {
      int *p = bsearch(&k, sorted, (size_t)n, sizeof *sorted, cmp_int);
      if (p) printf(" %d@%ld", k, (long)(p - sorted));
    }
    printf("\n");
  }
  /* with duplicates any equal element may be returned: only its value is printed */
  int dup[] = {1, 2, 2, 2, 2, 3};
  int key = 2;
  int *p = bsearch(&key, dup, 6, sizeof *dup, cmp_int);
  printf("bsearch duplicate: found %d\n", p ? *p : -1);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void search_strings(void) {
  const char *words[] = {"apple", "banana", "cherry", "date", "fig", "grape"};
  const char *keys[] = {"date", "apple", "grape", "coconut", "", "zebra"};
  for (int i = 0; i < 6; i++) {
    const char **q = bsearch(&keys[i], words, 6, sizeof *words, cmp_str);
    printf("bsearch \"%s\": %ld\n", keys[i], q ? (long)(q - words) : -1L);
  }
}

static void randomness(void) {
  printf("RAND_MAX >= 32767: %d\n", RAND_MAX >= 32767);
  int in_range = 1;
  for (int i = 0; i < 10000; i++) {
    int r = rand();
    in_range &= r >= 0 && r <= RAND_MAX;
  }
  printf("rand in range %d\n", in_range);
  srand(42);
  int first[20];
  for (int i = 0; i < 20; i++) first[i] = rand();
  srand(42);
  int same = 1;
  for (int i = 0; i < 20; i++) same &= rand() == first[i];
  printf("srand(42) repeats %d\n", same);
  srand(43);
  int differs = 0;
  for (int i = 0; i < 20; i++) differs |= rand() != first[i];
  printf("srand(43) differs %d\n", differs);
  /* spread: every one of 16 buckets of the high bits gets something */
  int buckets[16] = {0};
  for (int i = 0; i < 4000; i++) buckets[(int)((long long)rand() * 16 / ((long long)RAND_MAX + 1))]++;
  int empty = 0;
  for (int i = 0; i < 16; i++) empty += buckets[i] == 0;
  printf("empty buckets %d\n", empty);
}

static void environment(void) {
  printf("getenv unset: %d %d\n", getenv("MSWASM_TEST_SURELY_UNSET_VARIABLE") == NULL,
         getenv("=") == NULL);
}

static void bye1(void) { printf("atexit handler 1 (registered first, runs last)\n"); }
static void bye2(void) { printf("atexit handler 2\n"); }
static void bye3(void) {
  printf("atexit handler 3 (registered last, runs first)");
  fputs(" - unterminated line, flushed at exit", stdout);
}

int main(void) {
  arithmetic();
  sorting();
  searching();
  search_strings();
  randomness();
  environment();
  int ok = atexit(bye1) == 0;
  ok &= atexit(bye2) == 0;
  /* C guarantees at least 32 registrations */
  for (int i = 0; i < 40; i++) ok &= atexit(bye2) == 0;
  ok &= atexit(bye3) == 0;
  printf("atexit registrations %d\n", ok);
  printf("pending output without newline: ");
  exit(3);
}
