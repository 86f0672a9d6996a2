// Library mode: `mswasm-cc -shared` makes a module with no main. Every non-static function of the
// program's own code is exported (except those of hidden visibility, as in a shared library), with libc's malloc, free and fflush (a host passes buffers and
// flushes output); static functions are not; constructors run as the module's start function.
// -Wl,--allow-undefined turns undefined functions into host imports from "env"; without it they
// are link errors.
// REQUIRES: compiler
// RUN: mswasm-cc -O2 -shared -Wl,--allow-undefined -DWITH_HOST %s -o %th.mswasm
// RUN: mswasm dis %th.mswasm | FileCheck %s --check-prefix=DIS
// RUN: not mswasm run --invoke=say %th.mswasm 2>&1 | FileCheck %s --check-prefix=NOHOST
// RUN: not mswasm-cc -shared -DWITH_HOST %s -o %t2.mswasm 2>&1 | FileCheck %s --check-prefix=UNDEF
// RUN: mswasm-cc -O2 -shared %s -o %t.mswasm
// RUN: mswasm-cc -O0 -shared %s -o %t0.mswasm
// RUN: mswasm run --invoke=square %t.mswasm 7 | FileCheck %s --check-prefix=SQUARE
// RUN: mswasm run --invoke=square %t0.mswasm 7 | FileCheck %s --check-prefix=SQUARE
// RUN: not mswasm run --invoke=square %t.mswasm 12 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: mswasm-cc -c -O1 %s -o %t.o && rm -f %t.lib.a && mswasm-ar rc %t.lib.a %t.o
// RUN: mswasm-cc -shared %t.lib.a -o %t3.mswasm
// RUN: mswasm dis %t3.mswasm | FileCheck %s --check-prefix=ARCHIVE

// DIS: (import "env" "host_log" (func
// DIS-NOT: (export "helper"
// DIS-NOT: (export "internal_hidden"
// DIS-DAG: (export "square" (func
// DIS-DAG: (export "say" (func
// DIS-DAG: (export "malloc" (func
// DIS-DAG: (export "free" (func
// DIS-DAG: (export "fflush" (func
// DIS-DAG: (start $__mswasm_call_ctors)
// SQUARE: constructor ran
// SQUARE-NEXT: i32 49
// OVERFLOW: ERROR: heap-buffer-overflow: read of size 4
// OVERFLOW: #0 helper {{.*}}library-mode.c:51:35
// OVERFLOW-NEXT: #1 square {{.*}}library-mode.c:54:10
// OVERFLOW: allocated by:
// OVERFLOW: init {{.*}}library-mode.c:46:11
// OVERFLOW-NEXT: __mswasm_call_ctors
// NOHOST: unknown import "env" "host_log" (the embedder defines no such function)
// UNDEF: undefined symbol: host_log (referenced from 'say')
// ARCHIVE: (export "square" (func
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int *table;
__attribute__((constructor)) static void init(void) {
  table = malloc(10 * sizeof *table);
  for (int i = 0; i < 10; i++) table[i] = i * i;
  printf("constructor ran\n");
}

static int helper(int i) { return table[i]; }
__attribute__((visibility("hidden"))) int internal_hidden(void) { return 1; }
int square(int i) {
  return helper(i);
}

#ifdef WITH_HOST
void host_log(const char *msg, int len);
void say(const char *s) { host_log(s, (int)strlen(s)); }
#endif
