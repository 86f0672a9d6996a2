// EXPECT: use-after-free write
// A counter in a freed block is updated by a clean-up path that runs after the free.
#include <stdio.h>
#include <stdlib.h>

struct stats { int hits, misses; };

int main(void) {
  struct stats *s = malloc(sizeof *s);
  s->hits = 3;
  s->misses = 1;
  printf("%d/%d\n", s->hits, s->misses);
#ifdef FIXED
  s->misses = 0;
  free(s);
#else
  free(s);
  s->misses = 0;  // BUG
#endif
  return 0;
}
