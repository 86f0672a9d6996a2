// EXPECT: stack-buffer-overflow write
// CFLAGS: -fmswasm-field-bounds
// Intra-object overflow: caught with -fmswasm-field-bounds, which bounds a pointer to a field by the field.
// memset of an inner buffer with the size of the whole struct clears the following field.
#include <stdio.h>
#include <string.h>

struct packet { char header[4]; char body[12]; int checksum; };

int main(void) {
  struct packet pk;
  pk.checksum = 99;
#ifdef FIXED
  memset(pk.body, 0, sizeof pk.body);
#else
  memset(pk.body, 0, sizeof pk - sizeof pk.header);  // BUG
#endif
  printf("%d\n", pk.checksum);
  return 0;
}
