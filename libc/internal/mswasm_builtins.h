/* The reserved functions of docs/compiler.md, "Contract between the code generator and libc".
 * They are not real functions: the code generator turns each call into one MSWasm instruction
 * (segalloc, segfree, handle.slice, jmp.set, jmp.long), or defines them from the program's
 * constructor and destructor lists (__mswasm_call_ctors/__mswasm_call_dtors). */
#ifndef MSWASM_BUILTINS_H
#define MSWASM_BUILTINS_H

#include <stddef.h>

void *__mswasm_segalloc(size_t size, size_t align);  /* NULL when --max-memory is hit */
void __mswasm_segfree(void *p);                      /* traps on bad or double free */
void *__mswasm_slice(void *p, size_t len);           /* bounds [p, p + len) */
int __mswasm_setjmp(void *buf) __attribute__((returns_twice));
_Noreturn void __mswasm_longjmp(void *buf, int val);

void __mswasm_call_ctors(void);
void __mswasm_call_dtors(void);

#endif
