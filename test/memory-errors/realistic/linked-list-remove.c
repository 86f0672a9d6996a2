// EXPECT: use-after-free read
// Removing matching nodes from a singly linked list: the cursor is advanced through the freed node.
#include <stdio.h>
#include <stdlib.h>

struct node { int v; struct node *next; };

static struct node *push(struct node *h, int v) {
  struct node *n = malloc(sizeof *n);
  n->v = v;
  n->next = h;
  return n;
}

static struct node *remove_all(struct node *head, int v) {
  struct node **link = &head;
  while (*link) {
    struct node *n = *link;
    if (n->v == v) {
#ifdef FIXED
      *link = n->next;
      free(n);
#else
      free(n);
      *link = n->next;  // BUG
#endif
    } else {
      link = &n->next;
    }
  }
  return head;
}

int main(void) {
  struct node *h = NULL;
  int vals[] = {1, 2, 3, 2, 4};
  for (int i = 0; i < 5; i++) h = push(h, vals[i]);
  h = remove_all(h, 2);
  for (struct node *n = h; n; n = n->next) printf("%d ", n->v);
  printf("\n");
  while (h) { struct node *n = h->next; free(h); h = n; }
  return 0;
}
