// FILE is an incomplete type: programs hold FILE pointers only, and stdin/stdout/stderr are
// macros for constant pointers to libc's streams.
// REQUIRES: compiler
// RUN: mswasm-cc -fsyntax-only -Wall -Werror %s
// RUN: not mswasm-cc -fsyntax-only -DOBJECT %s 2>&1 | FileCheck %s --check-prefix=OBJECT
// RUN: not mswasm-cc -fsyntax-only -DSIZE %s 2>&1 | FileCheck %s --check-prefix=SIZE
// RUN: not mswasm-cc -fsyntax-only -DASSIGN %s 2>&1 | FileCheck %s --check-prefix=ASSIGN
#include <stdio.h>

#if !defined(stdin) || !defined(stdout) || !defined(stderr)
#error "stdin, stdout and stderr must be macros"
#endif

FILE *pick(int i) { return i ? stdout : stderr; }

#ifdef OBJECT
// OBJECT: error: variable has incomplete type 'FILE'
void copy(FILE *f) {
  FILE local = *f;
  (void)local;
}
#endif
#ifdef SIZE
// SIZE: error: invalid application of 'sizeof' to an incomplete type 'FILE'
unsigned long size = sizeof(FILE);
#endif
#ifdef ASSIGN
// ASSIGN: error: {{.*}}stdout{{.*}}const
void redirect(FILE *f) { stdout = f; }
#endif
