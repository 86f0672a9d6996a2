// Pointer arithmetic becomes handle.add, constant offsets fold into the access's memarg, loads
// and stores become segment accesses; every module validates.
// REQUIRES: compiler
// RUN: mswasm-cc -S -O2 %s -o %t.wat
// RUN: mswasm validate %t.wat
// RUN: FileCheck %s < %t.wat
struct pair { int a; long long b; void *p; };

// CHECK-LABEL: (func $field
// CHECK: local.get 0
// CHECK-NEXT: i64.segload offset=8
long long field(struct pair *x) { return x->b; }

// CHECK-LABEL: (func $pointer_field
// CHECK: handle.segload offset=16
void *pointer_field(struct pair *x) { return x->p; }

// CHECK-LABEL: (func $element
// CHECK: i32.const 2
// CHECK-NEXT: i32.shl
// CHECK-NEXT: handle.add
// CHECK: i32.segload
int element(int *a, int i) { return a[i]; }

// CHECK-LABEL: (func $store_narrow
// CHECK: i32.segstore8 offset=3
// CHECK: i32.segstore16 offset=4
void store_narrow(unsigned char *p, int v) { p[3] = (unsigned char)v; *(short *)(p + 4) = (short)v; }

// Struct copies keep the handles inside them: segment.copy, never a byte loop.
// CHECK-LABEL: (func $copy
// CHECK: segment.copy
void copy(struct pair *d, const struct pair *s) { *d = *s; }

// CHECK-LABEL: (func $clear
// CHECK: segment.fill
void clear(struct pair *d) { __builtin_memset(d, 0, sizeof *d); }

// Pointer comparisons and differences use the handles' addresses.
// CHECK-LABEL: (func $less
// CHECK: handle.lt_u
int less(int *a, int *b) { return a < b; }
// CHECK-LABEL: (func $diff
// CHECK: handle.get_addr
// CHECK: handle.get_addr
// CHECK: i32.sub
long diff(int *a, int *b) { return a - b; }
