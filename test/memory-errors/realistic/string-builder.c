// EXPECT: heap-buffer-overflow write
// A growable string builder whose capacity check forgets the terminating NUL.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sb { char *data; size_t len, cap; };

static void sb_init(struct sb *b) {
  b->cap = 8;
  b->len = 0;
  b->data = malloc(b->cap);
  b->data[0] = '\0';
}

static void sb_append(struct sb *b, const char *s) {
  size_t n = strlen(s);
#ifdef FIXED
  while (b->len + n + 1 > b->cap) {
#else
  while (b->len + n > b->cap) {
#endif
    b->cap *= 2;
    b->data = realloc(b->data, b->cap);
  }
  memcpy(b->data + b->len, s, n + 1);  // BUG
  b->len += n;
}

int main(void) {
  struct sb b;
  sb_init(&b);
  const char *parts[] = {"The", " quick", " brown,", " fox", " jumps!"};
  for (int i = 0; i < 5; i++) sb_append(&b, parts[i]);
  printf("%s (%zu/%zu)\n", b.data, b.len, b.cap);
  free(b.data);
  return 0;
}
