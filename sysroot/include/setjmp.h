/* <setjmp.h>: a jmp_buf holds one engine-checked jump handle (16 bytes, 16-aligned).
 * setjmp must run in the caller's own frame, so it is a macro for the returns_twice builtin
 * that the code generator turns into jmp.set; longjmp is a function over jmp.long. */
#ifndef _SETJMP_H
#define _SETJMP_H

typedef struct {
  unsigned char __buf[16] __attribute__((__aligned__(16)));
} jmp_buf[1];

int __mswasm_setjmp(void *__env) __attribute__((__returns_twice__));
#define setjmp(env) __mswasm_setjmp(env)

void longjmp(jmp_buf __env, int __val) __attribute__((__noreturn__));

#endif
