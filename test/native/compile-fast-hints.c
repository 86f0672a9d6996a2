// Compilation hints (docs/spec.md, "Compilation hints"): functions marked cold, or built with
// -Oz (minsize), carry the compile-fast hint in the module's `mswasm.hints` section, and the
// native tier gives exactly those the short pipeline (optnone in the optimised IR), while the
// others get the full one. The program's result is the same on both tiers.
// REQUIRES: compiler, native-tier
// RUN: mswasm-cc -O2 -nostdlib %s -o %t.mswasm
// RUN: mswasm dis %t.mswasm | FileCheck %s --check-prefix=DIS
// RUN: mswasm-native %t.mswasm -o %t.so --emit-ir=%t.ll
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: mswasm run --tier=native --invoke=compute %t.mswasm | FileCheck %s --check-prefix=OUT
// RUN: mswasm run --tier=interp --invoke=compute %t.mswasm | FileCheck %s --check-prefix=OUT
// OUT: {{^}}i32 42
//
// Function indices (the linker puts compute first): compute 0, cold_path 1, tiny 2, hot 3.
// DIS: (@custom "mswasm.hints" (after code) "\02\01\01\02\01")
// IR: define internal fastcc {{.*}}@f1({{.*}}) [[FAST:#[0-9]+]]
// IR: define internal fastcc {{.*}}@f2({{.*}}) [[FAST]]
// IR: define internal fastcc {{.*}}@f3({{.*}}) [[FULL:#[0-9]+]]
// IR-DAG: attributes [[FAST]] = { noinline nounwind optnone {{.*}}"mswasm-compile-fast" }
// IR-DAG: attributes [[FULL]] = { nounwind "frame-pointer"="none" }

__attribute__((cold, noinline)) int cold_path(volatile int *p) { return *p + 1; }
__attribute__((minsize, noinline)) int tiny(volatile int *p) { return *p * 2; }
__attribute__((noinline)) int hot(volatile int *p, int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += *p;
  return s;
}

__attribute__((export_name("compute"))) int compute(void) {
  volatile int v = 10;
  return cold_path(&v) + tiny(&v) + hot(&v, 1) + 1;
}

void _start(void) {}
