// EXPECT: use-after-free read
// A queue of events: an event is freed when handled but a "last event" pointer is reused for logging.
#include <stdio.h>
#include <stdlib.h>

struct event { int id; int kind; struct event *next; };
static struct event *queue, *last;

static void post(int id, int kind) {
  struct event *e = malloc(sizeof *e);
  e->id = id;
  e->kind = kind;
  e->next = queue;
  queue = e;
}

static int handle_all(void) {
  int n = 0;
  while (queue) {
    struct event *e = queue;
    queue = e->next;
    last = e;
    n += e->kind;
#ifdef FIXED
    if (queue) free(e);
#else
    free(e);
#endif
  }
  return n;
}

int main(void) {
  post(1, 10);
  post(2, 20);
  post(3, 30);
  int n = handle_all();
  printf("%d last=%d\n", n, last->id);  // BUG
#ifdef FIXED
  free(last);
#endif
  return 0;
}
