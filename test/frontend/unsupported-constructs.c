// Constructs MSWasm cannot compile are errors that name the construct and its location.
// REQUIRES: compiler
// RUN: not mswasm-cc -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: mswasm-cc -fsyntax-only -DFIXED %s
#ifndef FIXED
struct __attribute__((packed)) wire {
  char tag;
  // CHECK: unsupported-constructs.c:[[@LINE+1]]:9: error: field 'payload' holds a pointer at offset 1 of 'struct wire', which is not a multiple of 8
  void *payload;
};

#pragma pack(push, 4)
// CHECK: unsupported-constructs.c:[[@LINE+1]]:8: error: 'struct list' holds pointers but is aligned to 4 bytes
struct list {
  struct list *next;
};
#pragma pack(pop)

int untied(void) {
  int z;
  // CHECK: unsupported-constructs.c:[[@LINE+1]]:3: error: empty inline assembly with an output operand not tied to an input
  __asm__("" : "=r"(z));
  return z;
}

int add(int a, int b) {
  int r;
  // CHECK: unsupported-constructs.c:[[@LINE+1]]:3: error: inline assembly is not supported by MSWasm
  __asm__("add %0, %1" : "=r"(r) : "r"(a), "r"(b));
  return r;
}

// CHECK: unsupported-constructs.c:[[@LINE+1]]:1: error: file-scope assembly is not supported by MSWasm
__asm__(".globl marker");

#else
// Computed goto (&&label, goto *p) is supported (test/e2e/computed-goto.c runs it).
int dispatch(int i) {
  static void *targets[] = {&&one, &&two};
  goto *targets[i];
one:
  return 1;
two:
  return 2;
}
// An empty asm (a compiler barrier) executes nothing: allowed when its outputs are tied.
int barrier(int x) {
  __asm__ volatile("" ::: "memory");
  __asm__("" : "+r"(x));
  return x;
}
// Packed structs without pointers, and pointers at 16-byte offsets, are fine.
struct __attribute__((packed)) header { char kind; int length; short flags; };
_Static_assert(sizeof(struct header) == 7, "packed layout kept");
struct __attribute__((packed, aligned(16))) slot { void *p; char c; };
#endif
