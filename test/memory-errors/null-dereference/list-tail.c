// EXPECT: null-dereference read
// Walking a list one node too far: the last node's next is NULL.
#include <stdio.h>
#include <stdlib.h>

struct node { int v; struct node *next; };

int main(void) {
  struct node c = {3, NULL}, b = {2, &c}, a = {1, &b};
  struct node *n = &a;
#ifdef FIXED
  while (n->next) n = n->next;
#else
  for (int i = 0; i < 3; i++) n = n->next;
#endif
  printf("%d\n", n->v);  // BUG
  return 0;
}
