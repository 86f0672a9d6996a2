// EXPECT: global-buffer-overflow read
// A global bitmap indexed by bit number instead of byte number.
// (A read-modify-write: the read is the first access that faults.)
#include <stdio.h>

unsigned char bitmap[8];

static void set_bit(int bit) {
#ifdef FIXED
  bitmap[bit / 8] |= (unsigned char)(1u << (bit % 8));
#else
  bitmap[bit] |= (unsigned char)(1u << (bit % 8));  // BUG
#endif
}

int main(void) {
  int bits[] = {1, 5, 9, 40};
  for (int i = 0; i < 4; i++) set_bit(bits[i]);
  printf("%02x %02x %02x\n", bitmap[0], bitmap[1], bitmap[5]);
  return 0;
}
