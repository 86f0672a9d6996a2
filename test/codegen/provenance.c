// Integer-to-pointer casts: when the integer is computed from exactly one pointer, the cast
// becomes an offset from that pointer (handle.add keeps its authority), at every -O level;
// otherwise the result is a handle without authority (handle.from_int), whose use the engine
// reports.
// REQUIRES: compiler
// RUN: mswasm-cc -S -O0 %s -o %t0.wat
// RUN: mswasm validate %t0.wat
// RUN: FileCheck %s < %t0.wat
// RUN: mswasm-cc -S -O2 %s -o %t2.wat
// RUN: mswasm validate %t2.wat
// RUN: FileCheck %s < %t2.wat
typedef unsigned long uintptr_t;

// CHECK-LABEL: (func $align_up
// CHECK-NOT: handle.from_int
// CHECK: handle.add
// CHECK-NOT: handle.from_int
// CHECK: )
void *align_up(void *p) { return (void *)(((uintptr_t)p + 15) & ~(uintptr_t)15); }

// CHECK-LABEL: (func $untag
// CHECK-NOT: handle.from_int
// CHECK: handle.add
void *untag(void *tagged) { return (void *)((uintptr_t)tagged & ~(uintptr_t)3); }

// CHECK-LABEL: (func $rebase
// CHECK-NOT: handle.from_int
// CHECK: handle.add
char *rebase(char *p, uintptr_t x) { return (char *)((uintptr_t)p + (x - (uintptr_t)p)); }

// CHECK-LABEL: (func $forge
// CHECK: handle.from_int
void *forge(uintptr_t x) { return (void *)x; }

// Two pointers: no single origin, so no authority.
// CHECK-LABEL: (func $mix
// CHECK: handle.from_int
void *mix(void *a, void *b) { return (void *)((uintptr_t)a ^ (uintptr_t)b); }
