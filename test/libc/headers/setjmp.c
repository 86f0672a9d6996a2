// setjmp.h: setjmp returns 0 then longjmp's value (0 becomes 1), in every context C allows
// (if, switch, comparison, !, expression statement; never an assignment); volatile locals keep their latest
// values; longjmp out of deep recursion and out of several frames; nested and interleaved
// jmp_bufs; a jmp_buf reused in a loop and inside a structure. Output compared with a native
// build.
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

static jmp_buf env, inner, outer;
static int depth_reached;

static void recurse(int depth, int limit) {
  unsigned char pad[64]; /* frames with locals */
  memset(pad, depth & 0xff, sizeof pad);
  depth_reached = depth + pad[3] - (depth & 0xff);
  if (depth == limit) longjmp(env, depth);
  recurse(depth + 1, limit);
  printf("never printed %d\n", pad[0]);
}

static void jump_with(jmp_buf b, int v) { longjmp(b, v); }

static int nested(void) {
  volatile int stage = 0;
  if (setjmp(outer) == 0) {
    stage = 1;
    if (setjmp(inner) == 0) {
      stage = 2;
      jump_with(inner, 5); /* back to the inner setjmp */
    } else {
      stage = 3;
      jump_with(outer, 6); /* skips the rest of the inner branch */
    }
    stage = 99;
  } else {
    stage = stage * 10 + 4;
  }
  return stage;
}

struct holder {
  int tag;
  jmp_buf where;
  int after;
};

int main(void) {
  /* the first return is 0, the second the value given; 0 becomes 1 */
  volatile int round = 0;
  switch (setjmp(env)) {
  case 0: printf("setjmp returned 0 (round %d)\n", round); break;
  case 1: printf("setjmp returned 1 (round %d)\n", round); break;
  case -7: printf("setjmp returned -7 (round %d)\n", round); break;
  case 0x7fffffff: printf("setjmp returned INT_MAX (round %d)\n", round); break;
  default: printf("setjmp returned something else (round %d)\n", round); break;
  }
  if (round == 0) {
    round = 1;
    longjmp(env, 0);
  }
  if (round == 1) {
    round = 2;
    longjmp(env, -7);
  }
  if (round == 2) {
    round = 3;
    longjmp(env, 0x7fffffff);
  }

  /* volatile locals keep values changed after setjmp */
  volatile int counter = 10;
  volatile double acc = 0.5;
  volatile char text[8] = "abc";
  if (setjmp(env) == 0) {
    counter = 20;
    acc *= 3;
    text[0] = 'X';
    longjmp(env, 1);
  } else {
    printf("volatile locals: %d %g %c%c%c\n", counter, acc, text[0], text[1], text[2]);
  }

  /* the contexts C allows for setjmp */
  volatile int hits = 0;
  switch (setjmp(env)) {
  case 0:
    hits++;
    longjmp(env, 2);
  case 2:
    hits += 10;
    break;
  default:
    hits += 1000;
  }
  if (setjmp(env) > 3) hits += 100;
  else if (hits < 100) longjmp(env, 4);
  if (!setjmp(env)) longjmp(env, 9);
  else hits += 10000;
  setjmp(env);
  printf("contexts: %d\n", hits);

  /* out of deep recursion */
  int limits[] = {0, 1, 10, 1000};
  for (int i = 0; i < 4; i++) {
    if (setjmp(env) == 0) recurse(0, limits[i]);
    printf("recursion to %d: depth %d\n", limits[i], depth_reached);
  }
  if (setjmp(env) == 1000) printf("longjmp value 1000 seen\n");
  else if (depth_reached == 1000) longjmp(env, 1000);

  /* loops: the same jmp_buf set again each time */
  volatile int n = 0;
  if (setjmp(env) < 5) {
    n++;
    longjmp(env, n);
  }
  printf("loop via longjmp: n=%d\n", n);

  printf("nested and interleaved: %d\n", nested());

  /* a jmp_buf inside a structure */
  static struct holder h = {7, {{{0}}}, 8};
  volatile int once = 0;
  if (setjmp(h.where) == 0) {
    once++;
    jump_with(h.where, 3);
  }
  printf("jmp_buf in a struct: once %d, neighbours %d %d\n", once, h.tag, h.after);
  return 0;
}
