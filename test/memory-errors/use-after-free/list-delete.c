// EXPECT: use-after-free read
// Freeing list nodes in a loop that reads node->next after free(node).
#include <stdio.h>
#include <stdlib.h>

struct node { int v; struct node *next; };

int main(void) {
  struct node *head = NULL;
  for (int i = 0; i < 5; i++) {
    struct node *n = malloc(sizeof *n);
    n->v = i;
    n->next = head;
    head = n;
  }
  int sum = 0;
#ifdef FIXED
  for (struct node *n = head, *next; n; n = next) {
    next = n->next;
    sum += n->v;
    free(n);
  }
#else
  for (struct node *n = head; n; n = n->next) {  // BUG
    sum += n->v;
    free(n);
  }
#endif
  printf("%d\n", sum);
  return 0;
}
