// EXPECT: pointer-built-from-data read
// A local's address passed through an integer-typed "user data" field.
// (`*counter += ...` reads before it writes: the read is the faulting access.)
#include <stdint.h>
#include <stdio.h>

struct event { int type; uintptr_t user; void *user_ptr; };

static void handle(struct event *e) {
#ifdef FIXED
  int *counter = e->user_ptr;
#else
  int *counter = (int *)e->user;
#endif
  *counter += e->type;  // BUG
}

int main(void) {
  int count = 0;
  struct event e = {3, (uintptr_t)&count, &count};
  handle(&e);
  printf("%d\n", count);
  return 0;
}
