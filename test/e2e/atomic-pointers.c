// C11 atomics on pointers: Clang writes them as i128 operations; legalisation carries them as
// handles, so the pointer read back keeps its authority (using it works, it is not "built from
// data"), at every optimisation level and without Clang's large-atomic warning.
// REQUIRES: compiler
// RUN: mswasm-cc -O0 -Werror %s -o %t0.mswasm && mswasm run %t0.mswasm | FileCheck %s
// RUN: mswasm-cc -O1 %s -o %t1.mswasm && mswasm run %t1.mswasm | FileCheck %s
// RUN: mswasm-cc -O2 %s -o %t2.mswasm && mswasm run %t2.mswasm | FileCheck %s
// RUN: not mswasm run %t2.mswasm stale 2>&1 | FileCheck %s --check-prefix=STALE
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { int v; struct node *next; };
static _Atomic(struct node *) head;

static void push(struct node *n) {
  struct node *old = atomic_load_explicit(&head, memory_order_relaxed);
  do n->next = old;
  while (!atomic_compare_exchange_weak_explicit(&head, &old, n, memory_order_release, memory_order_relaxed));
}

static struct node *pop(void) {
  struct node *old = atomic_load(&head);
  while (old && !atomic_compare_exchange_strong(&head, &old, old->next)) {}
  return old;
}

int main(int argc, char **argv) {
  for (int i = 1; i <= 4; i++) {
    struct node *n = malloc(sizeof *n);
    n->v = i * 10;
    push(n);
  }
  // CHECK: popped 40
  struct node *n = pop();
  printf("popped %d\n", n->v);
  free(n);
  struct node *expected = NULL;
  // CHECK-NEXT: cas on non-null: 0, expected now 30
  int ok = atomic_compare_exchange_strong(&head, &expected, NULL);
  printf("cas on non-null: %d, expected now %d\n", ok, expected->v);
  struct node *all = atomic_exchange(&head, NULL);
  int sum = 0;
  for (struct node *p = all; p; p = p->next) sum += p->v;
  // CHECK-NEXT: rest 60, head now (nil)
  printf("rest %d, head now %p\n", sum, (void *)atomic_load(&head));
  _Atomic(char *) s = NULL;
  char buf[16];
  atomic_store(&s, buf);
  strcpy(atomic_load(&s), "through atomic");
  // CHECK-NEXT: through atomic
  puts(buf);
  atomic_int counter = 0;
  atomic_fetch_add(&counter, 5);
  atomic_flag f = ATOMIC_FLAG_INIT;
  // CHECK-NEXT: 5 0 1
  printf("%d %d %d\n", atomic_load(&counter), atomic_flag_test_and_set(&f), atomic_flag_test_and_set(&f));
  if (argc > 1 && !strcmp(argv[1], "stale")) {
    struct node *m = malloc(sizeof *m);
    atomic_store(&head, m);
    free(m);
    printf("%d\n", atomic_load(&head)->v);
  }
  return 0;
}
// STALE: ERROR: use-after-free: read of size 4
