/* <assert.h>: may be included several times, each time following the current NDEBUG. */
#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
#define assert(expr) \
  ((void)((expr) || (__assert_fail(#expr, __FILE__, __LINE__, __func__), 0)))
#endif

#ifndef _ASSERT_H
#define _ASSERT_H
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__cplusplus)
#define static_assert _Static_assert
#endif
void __assert_fail(const char *__expr, const char *__file, int __line, const char *__func)
    __attribute__((__noreturn__));
#endif
