// jmp_buf holds one 16-byte, 16-aligned jump handle, and setjmp is the returns_twice builtin
// called in the caller's own frame (a libc function calling it would record the wrong frame).
// REQUIRES: compiler
// RUN: mswasm-cc -S -emit-llvm -O2 -Wall -Werror %s -o - | FileCheck %s
#include <setjmp.h>

_Static_assert(sizeof(jmp_buf) >= 16, "jmp_buf holds a handle");
_Static_assert(_Alignof(jmp_buf) == 16, "a handle needs 16-byte alignment");

void g(jmp_buf env);

// CHECK-LABEL: define {{.*}}i32 @f(
// CHECK: call {{.*}}i32 @__mswasm_setjmp(ptr addrspace(200) {{.*}}) #[[RT:[0-9]+]]
// CHECK: call {{.*}}void @g(
// CHECK-NOT: call {{.*}}@setjmp
int f(void) {
  jmp_buf env;
  int r = setjmp(env);
  if (r == 0) g(env);
  return r;
}

// CHECK-LABEL: define {{.*}}void @jump(
// CHECK: call {{.*}}void @longjmp(ptr addrspace(200) {{.*}}, i32 noundef 3)
void jump(jmp_buf env) { longjmp(env, 3); }

// CHECK: attributes #[[RT]] = { {{.*}}returns_twice
