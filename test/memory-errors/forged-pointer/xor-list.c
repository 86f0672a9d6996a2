// EXPECT: pointer-built-from-data read
// An XOR-linked list stores prev ^ next as an integer and rebuilds pointers from it.
#include <stdint.h>
#include <stdio.h>

struct node { int v; uintptr_t link; struct node *next; };

int main(void) {
  struct node n[3] = {{1, 0, 0}, {2, 0, 0}, {3, 0, 0}};
  n[0].link = (uintptr_t)&n[1];
  n[1].link = (uintptr_t)&n[0] ^ (uintptr_t)&n[2];
  n[2].link = (uintptr_t)&n[1];
  n[0].next = &n[1];
  n[1].next = &n[2];
  int sum = n[0].v;
#ifdef FIXED
  struct node *cur = n[0].next;
#else
  struct node *cur = (struct node *)n[0].link;
#endif
  sum += cur->v;  // BUG
  printf("%d\n", sum);
  return 0;
}
