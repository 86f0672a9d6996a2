// EXPECT: pointer-built-from-data write
// A flag is kept in the low bit of a pointer stored as an integer word in a struct; the pointer
// rebuilt from that word has no authority. (A cast whose integer comes straight from one pointer
// in the same expression keeps that pointer's handle by design: the word must go through memory.)
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct slot { uintptr_t word; int *obj; };

static void mark(struct slot *s, int *obj) {
  s->word = (uintptr_t)obj | 1u;
  s->obj = obj;
}

int main(void) {
  struct slot s;
  mark(&s, malloc(sizeof(int)));
  int marked = (int)(s.word & 1u);
#ifdef FIXED
  int *p = s.obj;
#else
  int *p = (int *)(s.word & ~(uintptr_t)1);
#endif
  *p = 9;  // BUG
  printf("%d %d\n", marked, *s.obj);
  free(s.obj);
  return 0;
}
