// printf and friends stay variadic calls of libc's functions (the code generator's variadic
// lowering and libc's va_arg must agree); %n is refused by libc, not by the compiler.
// REQUIRES: compiler
// RUN: mswasm-cc -S -emit-llvm -O2 -Wall -Werror %s -o - | FileCheck %s
#include <stdio.h>

// CHECK-LABEL: define {{.*}}@show(
// CHECK: call {{.*}}i32 (ptr addrspace(200), ...) @printf(ptr addrspace(200) {{.*}}, i32 noundef %{{.*}}, double noundef %{{.*}}, ptr addrspace(200) noundef %{{.*}})
void show(int i, double d, const char *s) { printf("%d %f %s\n", i, d, s); }

// CHECK-LABEL: define {{.*}}@to_string(
// CHECK: call {{.*}}i32 (ptr addrspace(200), i32, ptr addrspace(200), ...) @snprintf(
int to_string(char *buf, unsigned long n, long long v) { return snprintf(buf, n, "%lld", v); }

// CHECK-LABEL: define {{.*}}@to_stream(
// CHECK: call {{.*}}i32 (ptr addrspace(200), ptr addrspace(200), ...) @fprintf(ptr addrspace(200) {{.*}}, ptr addrspace(200) {{.*}}, ptr addrspace(200) noundef %{{.*}})
void to_stream(void *p) { fprintf(stderr, "%p\n", p); }
