/* rand and srand: a 64-bit linear congruential generator (Knuth's MMIX constants), returning
 * the high 31 bits; srand(1) and no srand give the same sequence, as C requires. */
#include <stdlib.h>

static unsigned long long state = 0;

void srand(unsigned seed) { state = seed - 1; }

int rand(void) {
  state = state * 6364136223846793005ull + 1442695040888963407ull;
  return (int)(state >> 33);
}
