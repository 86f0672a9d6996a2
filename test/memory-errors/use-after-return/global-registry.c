// EXPECT: use-after-return read
// A local struct is registered in a global list and read after its function returned.
#include <stdio.h>

struct config { int verbose; int level; };
static struct config *current;

static void setup(int level) {
#ifdef FIXED
  static struct config c;
#else
  struct config c;
#endif
  c.verbose = 1;
  c.level = level;
  current = &c;
}

int main(void) {
  setup(3);
  printf("%d\n", current->level);  // BUG
  return 0;
}
