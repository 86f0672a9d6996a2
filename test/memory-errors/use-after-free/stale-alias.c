// EXPECT: use-after-free read
// A second pointer to the same block outlives the free done through the first.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct doc { char *title; };

int main(void) {
  char *t = malloc(16);
  strcpy(t, "draft");
  struct doc d = {t};
#ifndef FIXED
  free(t);
#endif
  t = NULL;
  printf("%s\n", d.title);  // BUG
#ifdef FIXED
  free(d.title);
#endif
  return 0;
}
