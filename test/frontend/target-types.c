// The MSWasm target's C type model: 16-byte pointers, ILP32 integers, 64-bit long double.
// REQUIRES: compiler
// RUN: mswasm-cc -fsyntax-only -Werror %s
// RUN: mswasm-cc -dM -E %s | FileCheck %s --check-prefix=MACROS
#include <stddef.h>
#include <stdint.h>

_Static_assert(sizeof(void *) == 16, "pointers are 16-byte handles");
_Static_assert(_Alignof(void *) == 16, "handles are 16-byte aligned");
_Static_assert(sizeof(void (*)(void)) == 16, "function pointers are code handles");
_Static_assert(sizeof(long) == 4, "ILP32");
_Static_assert(sizeof(size_t) == 4 && sizeof(ptrdiff_t) == 4, "size_t/ptrdiff_t are 32 bits");
_Static_assert(sizeof(intptr_t) == 4 && sizeof(uintptr_t) == 4, "intptr_t holds the address");
_Static_assert(sizeof(long long) == 8 && _Alignof(long long) == 8, "");
_Static_assert(sizeof(long double) == 8, "long double is IEEE double");
_Static_assert(sizeof(struct { int a; double b; long long c; }) == 24, "wasm32 struct layout");
_Static_assert(sizeof(struct { char c; void *p; }) == 32, "pointer fields align to 16");

// MACROS-DAG: #define __SIZEOF_POINTER__ 16
// MACROS-DAG: #define __SIZEOF_LONG__ 4
// MACROS-DAG: #define __mswasm__ 1
// MACROS-DAG: #define __wasm32__ 1
// MACROS-DAG: #define __SIZE_TYPE__ long unsigned int
// MACROS-NOT: __ILP32__
// MACROS-NOT: _ILP32
