// EXPECT: global-buffer-overflow read
// A lookup in a constant global table with index == length.
#include <stdio.h>

static const char *const days[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

static const char *day_name(int d) {
#ifdef FIXED
  return days[(d - 1) % 7];
#else
  return days[d % 8];  // BUG
#endif
}

int main(void) {
  for (int d = 1; d <= 7; d++) printf("%s ", day_name(d));
  printf("\n");
  return 0;
}
