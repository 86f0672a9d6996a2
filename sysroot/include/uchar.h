/* <uchar.h>: UTF-16 and UTF-32 conversions to and from the multibyte encoding of LC_CTYPE. */
#ifndef _UCHAR_H
#define _UCHAR_H

#define __need_size_t
#include <stddef.h>

#ifndef __mbstate_t_defined
#define __mbstate_t_defined
typedef struct {
  unsigned __count;
  unsigned __value;
} mbstate_t;
#endif

#ifndef __cplusplus
typedef __UINT_LEAST16_TYPE__ char16_t;
typedef __UINT_LEAST32_TYPE__ char32_t;
#endif

size_t mbrtoc16(char16_t *__restrict __pc16, const char *__restrict __s, size_t __n,
                mbstate_t *__restrict __ps);
size_t c16rtomb(char *__restrict __s, char16_t __c16, mbstate_t *__restrict __ps);
size_t mbrtoc32(char32_t *__restrict __pc32, const char *__restrict __s, size_t __n,
                mbstate_t *__restrict __ps);
size_t c32rtomb(char *__restrict __s, char32_t __c32, mbstate_t *__restrict __ps);

#endif
