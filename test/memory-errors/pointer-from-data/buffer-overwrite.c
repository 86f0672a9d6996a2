// EXPECT: pointer-built-from-data read
// A pointer stored in a byte buffer is overwritten by a string copied on top of it.
#include <stdio.h>
#include <string.h>

static const char *greeting = "hi";

int main(void) {
  const char *slots[2];
  slots[0] = greeting;
  slots[1] = greeting;
#ifndef FIXED
  memcpy(&slots[0], "AAAA", 4);
#endif
  printf("%c\n", slots[0][0]);  // BUG
  return 0;
}
