// Computed goto (GNU C `&&label`, `goto *p`), issue 13: a threaded-code bytecode interpreter
// with a static dispatch table (Clang makes it a global initialised with blockaddress
// constants), label addresses kept in locals and compared, a table of label offsets
// (`&&op - &&base`, the relative-table idiom), two functions with computed gotos of their own,
// and a computed goto whose destinations take different values along different paths (phis).
// The expected values are those of the same file compiled natively (clang-19 -m32).
// REQUIRES: compiler
// RUN: mswasm-cc -O0 %s -o %t0.mswasm && mswasm run %t0.mswasm | FileCheck %s
// RUN: mswasm-cc -O1 %s -o %t1.mswasm && mswasm run %t1.mswasm | FileCheck %s
// RUN: mswasm-cc -O2 %s -o %t2.mswasm && mswasm run %t2.mswasm | FileCheck %s
// RUN: mswasm-cc -Os %s -o %ts.mswasm && mswasm run %ts.mswasm | FileCheck %s
// The optimised IR does reach the backend with indirectbr and blockaddress:
// RUN: mswasm-cc -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// IR-DAG: indirectbr
// IR-DAG: blockaddress(@run,
#include <stdio.h>

enum { OP_LOADK, OP_ADD, OP_SUB, OP_MUL, OP_DEC, OP_JNZ, OP_JMP, OP_PRINT, OP_HALT, OP_COUNT };

// A register machine in the style of Lua's interpreter: one label per opcode, each handler
// ending in `goto *dispatch[op]`. Instructions are 4 ints: op, a, b, c.
static long run(const int *code, long *reg, int trace) {
  static const void *const dispatch[OP_COUNT] = {&&op_loadk, &&op_add, &&op_sub,   &&op_mul, &&op_dec,
                                                 &&op_jnz,   &&op_jmp, &&op_print, &&op_halt};
  const int *pc = code;
  long steps = 0;
#define NEXT() do { steps++; pc += 4; goto *dispatch[pc[0]]; } while (0)
  goto *dispatch[pc[0]];
op_loadk:
  reg[pc[1]] = pc[2];
  NEXT();
op_add:
  reg[pc[1]] = reg[pc[2]] + reg[pc[3]];
  NEXT();
op_sub:
  reg[pc[1]] = reg[pc[2]] - reg[pc[3]];
  NEXT();
op_mul:
  reg[pc[1]] = reg[pc[2]] * reg[pc[3]];
  NEXT();
op_dec:
  reg[pc[1]]--;
  NEXT();
op_jnz:
  if (reg[pc[1]] != 0) {
    pc = code + 4 * pc[2];
    steps++;
    goto *dispatch[pc[0]];
  }
  NEXT();
op_jmp:
  pc = code + 4 * pc[1];
  steps++;
  goto *dispatch[pc[0]];
op_print:
  if (trace) printf("r%d = %ld\n", pc[1], reg[pc[1]]);
  NEXT();
op_halt:
  printf("halt after %ld steps\n", steps);
  return reg[pc[1]];
#undef NEXT
}

// Label addresses in locals: compared with each other and chosen at run time.
static int classify(int x) {
  void *small = &&is_small, *big = &&is_big, *target;
  target = x < 10 ? small : big;
  int same = target == small;
  if (target != small && target != big) return -1;
  goto *target;
is_small:
  return 100 + same;
is_big:
  return 200 + same;
}

// The relative-table idiom: offsets of labels from a base label in a static int table.
static int relative(int op, int a, int b) {
  static const int offsets[] = {&&r_add - &&r_add, &&r_sub - &&r_add, &&r_mul - &&r_add};
  goto *(&&r_add + offsets[op]);
r_add:
  return a + b;
r_sub:
  return a - b;
r_mul:
  return a * b;
}

// A state machine whose destinations see different values on different paths.
static unsigned collatz_steps(unsigned n) {
  void *next = n == 1 ? &&done : (n & 1) ? &&odd : &&even;
  unsigned count = 0;
  goto *next;
even:
  n /= 2;
  count++;
  goto *(n == 1 ? &&done : (n & 1) ? &&odd : &&even);
odd:
  n = 3 * n + 1;
  count++;
  goto *(n == 1 ? &&done : (n & 1) ? &&odd : &&even);
done:
  return count;
}

int main(void) {
  long reg[8];
  // sum of i*i for i = 10..1, printing i each round
  const int squares[] = {
      OP_LOADK, 0, 0, 0,   // 0: r0 = 0 (sum)
      OP_LOADK, 1, 10, 0,  // 1: r1 = 10 (i)
      OP_PRINT, 1, 0, 0,   // 2: loop
      OP_MUL, 2, 1, 1,     // 3: r2 = i * i
      OP_ADD, 0, 0, 2,     // 4: sum += r2
      OP_DEC, 1, 0, 0,     // 5: i--
      OP_JNZ, 1, 2, 0,     // 6: while (i)
      OP_HALT, 0, 0, 0,    // 7
  };
  printf("squares %ld\n", run(squares, reg, 1));
  // CHECK: r1 = 10
  // CHECK: r1 = 1
  // CHECK-NEXT: halt after 52 steps
  // CHECK-NEXT: squares 385

  // Fibonacci, with a jump over dead code
  const int fib[] = {
      OP_LOADK, 0, 0, 0,   // 0: a = 0
      OP_LOADK, 1, 1, 0,   // 1: b = 1
      OP_LOADK, 2, 30, 0,  // 2: n = 30
      OP_JMP, 5, 0, 0,     // 3
      OP_HALT, 2, 0, 0,    // 4: never
      OP_ADD, 3, 0, 1,     // 5: t = a + b
      OP_SUB, 0, 3, 0,     // 6: a = t - a  (= b)
      OP_SUB, 1, 3, 4,     // 7: b = t - r4 (r4 = 0)
      OP_DEC, 2, 0, 0,     // 8
      OP_JNZ, 2, 5, 0,     // 9
      OP_PRINT, 0, 0, 0,   // 10
      OP_HALT, 0, 0, 0,    // 11
  };
  reg[4] = 0;
  printf("fib %ld\n", run(fib, reg, 1));
  // CHECK: r0 = 832040
  // CHECK-NEXT: halt after 155 steps
  // CHECK-NEXT: fib 832040

  // A long run: 200000 iterations (long is 32 bits: the sum wraps).
  const int spin[] = {
      OP_LOADK, 0, 0, 0,       // 0: acc
      OP_LOADK, 1, 200000, 0,  // 1: i
      OP_LOADK, 3, 3, 0,       // 2: three
      OP_MUL, 2, 1, 3,         // 3: r2 = 3 i
      OP_ADD, 0, 0, 2,         // 4
      OP_DEC, 1, 0, 0,         // 5
      OP_JNZ, 1, 3, 0,         // 6
      OP_HALT, 0, 0, 0,        // 7
  };
  printf("spin %ld\n", run(spin, reg, 0));
  // CHECK: halt after 800003 steps
  // CHECK-NEXT: spin -129242144

  for (int x = 5; x <= 15; x += 10) printf("classify(%d) = %d\n", x, classify(x));
  // CHECK-NEXT: classify(5) = 101
  // CHECK-NEXT: classify(15) = 200
  printf("relative %d %d %d\n", relative(0, 7, 5), relative(1, 7, 5), relative(2, 7, 5));
  // CHECK-NEXT: relative 12 2 35
  unsigned total = 0;
  for (unsigned n = 1; n <= 30; n++) total += collatz_steps(n);
  printf("collatz %u %u\n", collatz_steps(27), total);
  // CHECK-NEXT: collatz 111 441
  return 0;
}
