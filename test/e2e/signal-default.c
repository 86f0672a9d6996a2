// Default signal actions inside the program: raise(SIGTERM) ends it at once with 128 + 15 (no
// stdio flush, as a real signal); abort() with SIGABRT ignored, or with a handler that returns,
// still traps (exit code 135, with the call stack).
// REQUIRES: compiler
// RUN: mswasm-cc -O1 %s -o %t.mswasm
// RUN: sh -c 'mswasm run %t.mswasm term > %t.out; test $? -eq 143'
// RUN: not test -s %t.out
// RUN: not mswasm run %t.mswasm ignored 2>&1 | FileCheck %s --check-prefix=ABORT
// RUN: not mswasm run %t.mswasm returns 2>&1 | FileCheck %s --check-prefixes=ABORT,RETURNS
// ABORT: ERROR: unreachable
// ABORT: abort
// RETURNS-NOT: after abort
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void back(int sig) { fprintf(stderr, "handler %d returns\n", sig); }

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  printf("buffered, never flushed\n");
  if (!strcmp(argv[1], "term")) raise(SIGTERM);
  if (!strcmp(argv[1], "ignored")) signal(SIGABRT, SIG_IGN);
  if (!strcmp(argv[1], "returns")) signal(SIGABRT, back);
  abort();
  fprintf(stderr, "after abort\n");
  return 0;
}
