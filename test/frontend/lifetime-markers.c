// Lifetime markers are emitted at every optimisation level (use-after-scope at -O0), without
// any ASan instrumentation.
// REQUIRES: compiler
// RUN: mswasm-cc -S -emit-llvm -O0 %s -o - | FileCheck %s
void use(int *);

// CHECK-LABEL: define {{.*}}void @scoped(
// CHECK: call {{.*}}@llvm.lifetime.start.p200(i64 16,
// CHECK: call {{.*}}@use(
// CHECK: call {{.*}}@llvm.lifetime.end.p200(i64 16,
// CHECK-NOT: __asan
void scoped(int c) {
  if (c) {
    int x[4];
    use(x);
  }
}
