// EXPECT: pointer-built-from-data read
// A hand-written byte-copy routine (not memcpy) duplicates an array of pointers.
#include <stdio.h>
#include <stddef.h>

static void copy_bytes(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  while (n--) *d++ = *s++;
}

int main(void) {
  static const char *names[3] = {"ann", "bob", "cyd"};
  const char *copy[3];
#ifdef FIXED
  for (int i = 0; i < 3; i++) copy[i] = names[i];
#else
  copy_bytes(copy, names, sizeof names);
#endif
  printf("%s\n", copy[1]);  // BUG
  return 0;
}
