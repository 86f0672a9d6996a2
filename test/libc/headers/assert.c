// assert.h: passing assertions (expression evaluated once, any scalar type), NDEBUG switched
// on and off by including the header again, static_assert. A failing assert is not tested:
// glibc aborts with SIGABRT while this libc traps (the engine's report), and the corpus runner
// has no native exit status to compare with for a killed program.
#include <stdio.h>

#define NDEBUG
#include <assert.h>

static int calls;
static int count(void) { return ++calls; }

static int with_ndebug(void) {
  int x = 0;
  assert(x++ == 12345); /* not evaluated */
  assert(0);
  return x;
}

#undef NDEBUG
#include <assert.h>

static_assert(sizeof(int) == 4, "ILP32");
_Static_assert(1, "plain keyword");

int main(void) {
  printf("NDEBUG: side effect count %d\n", with_ndebug());
  calls = 0;
  assert(count() == 1);
  assert(count());
  printf("evaluated once each: %d\n", calls);
  int *p = &calls;
  double d = 0.5;
  assert(p);
  assert(d);
  assert(calls > 1 && "message in the expression");
  assert((void *)p != NULL);
#ifdef assert
  printf("assert is a macro\n");
#endif
  printf("done\n");
  return 0;
}
