// EXPECT: heap-buffer-overflow read
// An open-addressing hash table whose probe wraps with & cap instead of & (cap - 1).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct table { const char **keys; int *vals; unsigned cap; };

static unsigned hash(const char *s) {
  unsigned h = 5381;
  while (*s) h = h * 33 + (unsigned char)*s++;
  return h;
}

static unsigned slot_of(const struct table *t, unsigned i) {
#ifdef FIXED
  return i & (t->cap - 1);
#else
  return i & t->cap;
#endif
}

static void put(struct table *t, const char *k, int v) {
  unsigned i = hash(k);
  for (;;) {
    unsigned s = slot_of(t, i);
    if (!t->keys[s] || strcmp(t->keys[s], k) == 0) {  // BUG
      t->keys[s] = k;
      t->vals[s] = v;
      return;
    }
    i++;
  }
}

int main(void) {
  struct table t;
  t.cap = 8;
  t.keys = calloc(t.cap, sizeof *t.keys);
  t.vals = calloc(t.cap, sizeof *t.vals);
  const char *words[] = {"apple", "pear", "fig", "plum", "kiwi", "lime"};
  for (int i = 0; i < 6; i++) put(&t, words[i], i);
  int n = 0;
  for (unsigned i = 0; i < t.cap; i++) n += t.keys[i] != NULL;
  printf("%d\n", n);
  free(t.keys);
  free(t.vals);
  return 0;
}
