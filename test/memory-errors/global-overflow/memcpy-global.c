// EXPECT: global-buffer-overflow read
// memcpy from a global with the destination's size, larger than the source.
#include <stdio.h>
#include <string.h>

static const int defaults[3] = {1, 2, 3};

int main(void) {
  int cfg[6] = {0};
#ifdef FIXED
  memcpy(cfg, defaults, sizeof defaults);
#else
  memcpy(cfg, defaults, sizeof cfg);  // BUG
#endif
  printf("%d %d %d\n", cfg[0], cfg[1], cfg[2]);
  return 0;
}
