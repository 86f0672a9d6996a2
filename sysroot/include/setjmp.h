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

#if !defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) || \
    defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)
/* sigsetjmp: the jump handle, then whether the signal mask was saved and the mask (libc's
 * bytes after the handle, docs/spec.md). The mask is saved by a call before the jmp.set, in
 * the caller's frame like setjmp; siglongjmp restores it, then jumps. */
typedef struct {
  unsigned char __buf[16] __attribute__((__aligned__(16)));
  int __saved;
  unsigned long __mask[2];
} sigjmp_buf[1];
void __sigsetjmp_save(sigjmp_buf __env, int __save);
#define sigsetjmp(env, save) (__sigsetjmp_save((env), (save)), __mswasm_setjmp(env))
void siglongjmp(sigjmp_buf __env, int __val) __attribute__((__noreturn__));
#define _setjmp(env) __mswasm_setjmp(env)
#define _longjmp(env, val) longjmp((env), (val))
#endif

#endif
