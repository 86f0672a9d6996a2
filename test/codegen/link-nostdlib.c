// A whole program without libc: host imports, the entry point export, old-style calls whose
// type differs from the definition (a warning naming both types; routed through a code handle).
// REQUIRES: compiler
// RUN: mswasm-cc -nostdlib -O2 %s %S/Inputs/other-unit.c -o %t.mswasm 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: mswasm validate %t.mswasm
// RUN: mswasm dis %t.mswasm | FileCheck %s
// WARN: warning: {{.*}}in '_start': call to 'twice' as 'i32 (i32, i32)' but it is defined as 'i32 (i32)'; the call traps if executed

// CHECK: (import "mswasm" "fd_write" (func $fd_write
// CHECK: (export "_start" (func $_start))
__attribute__((import_module("mswasm"), import_name("fd_write")))
int fd_write(int fd, const void *buf, int len);

int twice();  // old-style declaration: defined in other-unit.c as int twice(int)
static const char message[] = "hi\n";
volatile int never;

void _start(void) {
  fd_write(1, message, 3);
  if (never) twice(1, 2);
}
