/* <wctype.h>: wide-character classes and case mappings. In the "C" locale only ASCII is
 * classified; in "C.UTF-8", Latin-1 as Unicode does, plus Unicode's spaces and a few
 * alphabets' case pairs (see libc/src/wctype/wctype_data.c). */
#ifndef _WCTYPE_H
#define _WCTYPE_H

#define __need_wint_t
#include <stddef.h>

#ifndef WEOF
#define WEOF ((wint_t)-1)
#endif

typedef unsigned long wctype_t;
typedef const int *wctrans_t;

int iswalnum(wint_t __c);
int iswalpha(wint_t __c);
int iswblank(wint_t __c);
int iswcntrl(wint_t __c);
int iswdigit(wint_t __c);
int iswgraph(wint_t __c);
int iswlower(wint_t __c);
int iswprint(wint_t __c);
int iswpunct(wint_t __c);
int iswspace(wint_t __c);
int iswupper(wint_t __c);
int iswxdigit(wint_t __c);
int iswctype(wint_t __c, wctype_t __t);
wctype_t wctype(const char *__name);
wint_t towlower(wint_t __c);
wint_t towupper(wint_t __c);
wint_t towctrans(wint_t __c, wctrans_t __t);
wctrans_t wctrans(const char *__name);

#endif
