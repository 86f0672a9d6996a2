// EXPECT: stack-buffer-overflow read
// A local short is read as an int through a cast: 2 bytes past its end.
#include <stdio.h>
#include <string.h>

int main(void) {
#ifdef FIXED
  int code = 513;
#else
  short code = 513;
#endif
  int wide;
  memcpy(&wide, &code, sizeof wide);  // BUG
  printf("%d\n", wide & 0xffff);
  return 0;
}
