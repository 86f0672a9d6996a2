// libc's side of the contract with the code generator (docs/compiler.md), checked on libc's own
// sources: memcpy/memmove/memset are the tag-preserving intrinsics and never call themselves;
// host functions are "mswasm" imports; _start is exported; qsort swaps through memcpy (a byte
// loop would strip the tags of pointers inside the elements).
// REQUIRES: compiler
// RUN: mswasm-cc -S -emit-llvm -O2 -ffreestanding -fno-builtin -I%srcroot/libc/internal %srcroot/libc/src/string/memcpy.c -o - | FileCheck %s --check-prefix=MEMCPY
// RUN: mswasm-cc -S -emit-llvm -O2 -ffreestanding -fno-builtin -I%srcroot/libc/internal %srcroot/libc/src/string/memmove.c -o - | FileCheck %s --check-prefix=MEMMOVE
// RUN: mswasm-cc -S -emit-llvm -O2 -ffreestanding -fno-builtin -I%srcroot/libc/internal %srcroot/libc/src/string/memset.c -o - | FileCheck %s --check-prefix=MEMSET
// RUN: mswasm-cc -S -emit-llvm -O2 -ffreestanding -fno-builtin -I%srcroot/libc/internal %srcroot/libc/src/unistd/unistd.c -o - | FileCheck %s --check-prefix=IMPORT
// RUN: mswasm-cc -S -emit-llvm -O2 -ffreestanding -fno-builtin -I%srcroot/libc/internal %srcroot/libc/src/crt/crt1.c -o - | FileCheck %s --check-prefix=START
// RUN: mswasm-cc -S -emit-llvm -O2 -ffreestanding -fno-builtin -I%srcroot/libc/internal %srcroot/libc/src/stdlib/qsort.c -o - | FileCheck %s --check-prefix=QSORT
// RUN: mswasm-cc -S -emit-llvm -O2 -ffreestanding -fno-builtin -I%srcroot/libc/internal %srcroot/libc/src/malloc/free.c -o - | FileCheck %s --check-prefix=FREE

// MEMCPY-LABEL: define {{.*}}@memcpy(
// MEMCPY: call {{.*}}void @llvm.memcpy.p200.p200.i32(
// MEMCPY-NOT: call {{.*}}@memcpy(

// MEMMOVE-LABEL: define {{.*}}@memmove(
// MEMMOVE: call {{.*}}void @llvm.memmove.p200.p200.i32(
// MEMMOVE-NOT: call {{.*}}@memmove(

// MEMSET-LABEL: define {{.*}}@memset(
// MEMSET: call {{.*}}void @llvm.memset.p200.i32(
// MEMSET-NOT: call {{.*}}@memset(

// IMPORT-DAG: declare {{.*}}i32 @__host_fd_write(i32 noundef, ptr addrspace(200) noundef, i32 noundef){{.*}} #[[W:[0-9]+]]
// IMPORT-DAG: declare {{.*}}i64 @__host_fd_seek(i32 noundef, i64 noundef, i32 noundef){{.*}} #[[S:[0-9]+]]
// IMPORT-DAG: attributes #[[W]] = { {{.*}}"wasm-import-module"="mswasm" "wasm-import-name"="fd_write"
// IMPORT-DAG: attributes #[[S]] = { {{.*}}"wasm-import-module"="mswasm" "wasm-import-name"="fd_seek"

// START-DAG: define {{.*}}void @_start() {{.*}}#[[E:[0-9]+]]
// START-DAG: attributes #[[E]] = { {{.*}}"wasm-export-name"="_start"
// START-DAG: define weak {{.*}}i32 @__main_argc_argv(
// START-DAG: declare {{.*}}extern_weak {{.*}}i32 @main()
// START-DAG: call {{.*}}void @__mswasm_call_ctors()
// START-DAG: call {{.*}}void @exit(

// QSORT: call {{.*}}void @llvm.memcpy.p200.p200.i32(
// QSORT-NOT: store i8

// FREE-LABEL: define {{.*}}@free(
// FREE: call {{.*}}void @__mswasm_segfree(
// FREE: call {{.*}}@__libc_alloc_forget(
