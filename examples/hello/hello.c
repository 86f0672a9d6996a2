/* The quick-start example: ordinary C, compiled by mswasm-cc and run by the MSWasm engine.
 * It builds a small linked list on the heap, prints it, and frees it. */
#include <stdio.h>
#include <stdlib.h>

struct node {
  int value;
  struct node *next;
};

static struct node *push(struct node *head, int value) {
  struct node *n = malloc(sizeof *n);
  if (!n) {
    perror("malloc");
    exit(1);
  }
  n->value = value;
  n->next = head;
  return n;
}

int main(int argc, char **argv) {
  struct node *list = NULL;
  for (int i = 1; i <= 5; i++) list = push(list, i * i);
  printf("Hello from MSWasm! %d argument(s); squares:", argc - 1);
  for (struct node *n = list; n; n = n->next) printf(" %d", n->value);
  printf("\n");
  while (list) {
    struct node *next = list->next;
    free(list);
    list = next;
  }
  return 0;
}
