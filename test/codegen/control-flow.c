// Structured control flow: loops, dense switches as br_table, sparse ones as compare chains,
// irreducible control flow (made reducible first). All validate at every level.
// REQUIRES: compiler
// RUN: mswasm-cc -S -O0 %s -o %t0.wat
// RUN: mswasm validate %t0.wat
// RUN: mswasm-cc -S -O2 %s -o %t2.wat
// RUN: mswasm validate %t2.wat
// RUN: FileCheck %s < %t0.wat

// CHECK-LABEL: (func $dense
// CHECK: br_table
int g(int);
int dense(int x) {
  switch (x) {
    case 0: return g(11); case 1: return g(23); case 2: return g(5); case 3: return g(77);
    case 4: return g(9); case 5: return g(2); case 7: return g(31);
  }
  return -1;
}

// CHECK-LABEL: (func $sparse
// CHECK-NOT: br_table
// CHECK: br_if
int sparse(int x) {
  switch (x) {
    case 1: return g(3); case 1000: return g(4); case -77: return g(5); case 123456: return g(6);
  }
  return 0;
}

// CHECK-LABEL: (func $loops
// CHECK: loop
int loops(int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    for (int j = i; j < n; j++) s += g(i * j);
  return s;
}

// Two entries into one cycle: irreducible.
int irreducible(int x, int y) {
  if (x) goto inside;
top:
  y = g(y);
  if (y > 10) return y;
inside:
  y += 2;
  if (y < 100) goto top;
  return y;
}
