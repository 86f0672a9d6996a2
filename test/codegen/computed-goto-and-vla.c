// Code generation of computed goto and of VLA scopes (issue 13); test/e2e/computed-goto.c and
// test/e2e/vla-scope.c run them.
// REQUIRES: compiler
// RUN: mswasm-cc -S -O0 %s -o %t0.wat
// RUN: mswasm validate %t0.wat
// RUN: FileCheck %s --check-prefixes=CHECK,O0 < %t0.wat
// RUN: mswasm-cc -S -O2 %s -o %t2.wat
// RUN: mswasm validate %t2.wat
// RUN: FileCheck %s < %t2.wat

// A dispatch table of label addresses is data: multiples of 16 below 0x10000, untagged.
// CHECK: (segment $vm.table (size 48) (align 16) (readonly) (data "\10\00\00\00{{(\\00)+}} \00\00\00{{(\\00)+}}0\00\00\00")
// All the `goto *` of a function share one dispatch. Here every address is loaded from a
// constant table, so the dispatch is a br_table on the table index (no handle is loaded); an
// index outside the table calls the trap function.
// CHECK-LABEL: (func $vm
// CHECK-NOT: handle.segload
// CHECK-NOT: i32.rotr
// CHECK: br_table 1 2 3 0
// CHECK-NEXT: end
// CHECK-NEXT: call $__mswasm_computed_goto_to_a_non_label
// CHECK-NEXT: unreachable
// CHECK-NOT: handle.segload
int vm(const unsigned char *code) {
  static const void *const table[] = {&&inc, &&dec, &&stop};
  int acc = 0;
  goto *table[*code++];
inc:
  acc++;
  goto *table[*code++];
dec:
  acc--;
  goto *table[*code++];
stop:
  return acc;
}

// Label addresses from elsewhere: br_table on the address, less the function's lowest label
// address, rotated right by 4 (so an address between labels is out of the table). -O2 folds
// this one away.
// O0-LABEL: (func $pick
// O0: handle.get_addr
// O0: i32.sub
// O0-NEXT: i32.const 4
// O0-NEXT: i32.rotr
// O0: br_table
// O0: call $__mswasm_computed_goto_to_a_non_label
int pick(void **slot, int x) {
  *slot = x ? &&yes : &&no;
  goto **slot;
yes:
  return 1;
no:
  return 2;
}

// A VLA's segment is chained through a 32-byte link segment; llvm.stackrestore frees the
// segments and links newer than the saved chain head.
// CHECK-LABEL: (func $vla
// CHECK: stack.alloc
// CHECK: i32.const 32
// CHECK-NEXT: stack.alloc align=16
// CHECK: handle.segstore
// CHECK: handle.segstore offset=16
// CHECK: loop
// CHECK: handle.eq
// CHECK-NEXT: br_if 1
// CHECK: handle.is_null
// CHECK-NEXT: br_if 1
// CHECK: handle.segload
// CHECK-NEXT: stack.release
// CHECK: handle.segload offset=16
// CHECK-NEXT: local.get
// CHECK-NEXT: stack.release
int use(char *p, int n);
int vla(int n) {
  int s = 0;
  for (int i = 0; i < n; i++) {
    char buf[i + 1];
    s += use(buf, i + 1);
  }
  return s;
}

// Without llvm.stackrestore, no chain: alloca() lives until the function returns.
// CHECK-LABEL: (func $no_restore
// CHECK-NOT: i32.const 32
// CHECK: return
int no_restore(int n) {
  return use(__builtin_alloca((unsigned)n), n);
}

// The trap function: its body is `unreachable`.
// CHECK-LABEL: (func $__mswasm_computed_goto_to_a_non_label
// CHECK-NEXT: unreachable
// CHECK-NEXT: )
