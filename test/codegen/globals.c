// Each global is its own segment; pointers in initialisers are relocations (segments and code
// handles); read-only data is marked read-only.
// REQUIRES: compiler
// RUN: mswasm-cc -S -O0 %s -o %t.wat
// RUN: mswasm validate %t.wat
// RUN: FileCheck %s < %t.wat
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }

int counter = 7;
// CHECK-DAG: (segment $counter (size 4) (align 4) (data "\07\00\00\00"))
int *cursor = &counter;
// CHECK-DAG: (segment $cursor (size 16) (align 16) (reloc 0 (segment $counter)))
int table[4] = {1, 2, 3, 4};
int *middle = &table[2];
// CHECK-DAG: (segment $middle (size 16) (align 16) (reloc 0 (segment $table 8)))
int (*const ops[2])(int, int) = {add, sub};
// CHECK-DAG: (segment $ops (size 32) (align 16) (readonly) (reloc 0 (func $add)) (reloc 16 (func $sub)))
void *sentinel = (void *)-1;
// CHECK-DAG: (segment $sentinel (size 16) (align 16) (data "\ff\ff\ff\ff"))

// CHECK-LABEL: (func $call
// CHECK: global.segment $ops
// CHECK: handle.segload
// CHECK: call.handle (type
int call(int i, int a, int b) { return ops[i](a, b); }
