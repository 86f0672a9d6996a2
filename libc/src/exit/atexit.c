/* atexit: handlers in blocks of 32, the first block static (so the 32 registrations C
 * guarantees need no memory), further blocks malloc'd and chained. exit runs them in reverse
 * order of registration; a handler may register more, which run next. */
#include <stdlib.h>

#include "libc.h"

struct block {
  struct block *next; /* older block */
  int n;
  void (*funcs[32])(void);
};

static struct block first;
static struct block *head;

int atexit(void (*func)(void)) {
  if (!head) head = &first;
  if (head->n == 32) {
    struct block *b = calloc(1, sizeof *b);
    if (!b) return -1;
    b->next = head;
    head = b;
  }
  head->funcs[head->n++] = func;
  return 0;
}

void __libc_run_atexit(void) {
  while (head) {
    if (head->n == 0) {
      head = head->next;
      continue;
    }
    void (*func)(void) = head->funcs[--head->n];
    func();
  }
}
