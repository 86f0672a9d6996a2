// Integer-to-pointer casts: rebuilt on the originating pointer's handle when the integer is
// computed from exactly one pointer (handle.set_addr keeps its authority); otherwise a handle
// without authority (handle.from_int), whose use the engine reports.
// REQUIRES: compiler
// RUN: mswasm-cc -S -O2 %s -o %t.wat
// RUN: mswasm validate %t.wat
// RUN: FileCheck %s < %t.wat
typedef unsigned long uintptr_t;

// CHECK-LABEL: (func $align_up
// CHECK: handle.get_addr
// CHECK: i32.const -16
// CHECK: handle.set_addr
// CHECK-NOT: handle.from_int
void *align_up(void *p) { return (void *)(((uintptr_t)p + 15) & ~(uintptr_t)15); }

// CHECK-LABEL: (func $untag
// CHECK: handle.set_addr
void *untag(void *tagged) { return (void *)((uintptr_t)tagged & ~(uintptr_t)3); }

// CHECK-LABEL: (func $rebase
// CHECK: handle.set_addr
char *rebase(char *p, uintptr_t x) { return (char *)((uintptr_t)p + (x - (uintptr_t)p)); }

// CHECK-LABEL: (func $forge
// CHECK: handle.from_int
// CHECK-NOT: handle.set_addr
void *forge(uintptr_t x) { return (void *)x; }

// Two pointers: no single origin, so no authority.
// CHECK-LABEL: (func $mix
// CHECK: handle.from_int
void *mix(void *a, void *b) { return (void *)((uintptr_t)a ^ (uintptr_t)b); }
