// EXPECT: global-buffer-overflow write
// snprintf is given the size of the whole format buffer but writes into its middle.
#include <stdio.h>

char report[24];

int main(void) {
  int n = snprintf(report, sizeof report, "total:");
#ifdef FIXED
  snprintf(report + n, sizeof report - n, "%d items in stock", 1234);
#else
  snprintf(report + n, sizeof report, "%d items in stock", 1234);  // BUG
#endif
  printf("%s\n", report);
  return 0;
}
