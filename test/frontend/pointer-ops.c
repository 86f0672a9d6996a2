// Pointer subtraction, comparison and integer casts: where a wrong target definition makes
// Clang emit invalid IR (i128 pointer differences). mswasm-cc runs the verifier on every module.
// REQUIRES: compiler
// RUN: mswasm-cc -S -emit-llvm -O2 %s -o - | FileCheck %s
// RUN: mswasm-cc -S -emit-llvm -O0 %s -o /dev/null
#include <stdint.h>

// CHECK: target datalayout = "e-m:e-p200:128:128:128:32-A200-G200-P200-ni:200-i64:64-i128:128-n32:64-S128"
// Globals and functions live in the handle address space too.
// CHECK-DAG: @table = {{.*}}addrspace(200) global [4 x i32]
// CHECK-DAG: @cursor = {{.*}}addrspace(200) global ptr addrspace(200) getelementptr {{.*}}@table

// CHECK-LABEL: define {{.*}}i32 @diff(ptr addrspace(200)
// CHECK: sub i32
// CHECK-NOT: i128 %{{.*}}, i32
long diff(int *a, int *b) { return a - b; }

// CHECK-LABEL: define {{.*}}i32 @less(
// CHECK: icmp ult ptr addrspace(200)
int less(int *a, int *b) { return a < b; }

// CHECK-LABEL: define {{.*}}ptr addrspace(200) @advance(
// CHECK: getelementptr inbounds i32, ptr addrspace(200) %{{.*}}, i32 %
int *advance(int *p, int n) { return p + n; }

// CHECK-LABEL: define {{.*}}i32 @address(
// CHECK: ptrtoint ptr addrspace(200) %{{.*}} to i128
uintptr_t address(void *p) { return (uintptr_t)p; }

// CHECK-LABEL: define {{.*}}ptr addrspace(200) @forge(
// CHECK: inttoptr i128 %{{.*}} to ptr addrspace(200)
void *forge(uintptr_t x) { return (void *)x; }

int table[4];
int *cursor = &table[2];
