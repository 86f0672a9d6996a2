// EXPECT: heap-buffer-overflow read
// An index taken from data (a table lookup) lands 1000 elements past the block.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  short *tab = malloc(32 * sizeof(short));
  for (int i = 0; i < 32; i++) tab[i] = (short)(i * 3);
  int keys[] = {3, 17, 1031};
#ifdef FIXED
  keys[2] = 31;
#endif
  int acc = 0;
  for (int k = 0; k < 3; k++) acc += tab[keys[k]];  // BUG
  printf("acc %d\n", acc);
  free(tab);
  return 0;
}
