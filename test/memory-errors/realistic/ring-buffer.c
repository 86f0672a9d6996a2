// EXPECT: global-buffer-overflow write
// A ring buffer whose wrap test uses > instead of >=.
#include <stdio.h>

#define CAP 5
static int ring[CAP];
static int head, count;

static void push(int v) {
  ring[head] = v;  // BUG
  head++;
#ifdef FIXED
  if (head >= CAP) head = 0;
#else
  if (head > CAP) head = 0;
#endif
  if (count < CAP) count++;
}

int main(void) {
  for (int i = 1; i <= 8; i++) push(i);
  int s = 0;
  for (int i = 0; i < count; i++) s += ring[i];
  printf("%d %d\n", count, s);
  return 0;
}
