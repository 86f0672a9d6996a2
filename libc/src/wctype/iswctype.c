/* iswalnum ... iswxdigit, iswctype, wctype: tests of __wclass's bits (wclass.c). wctype_t is
 * a mask; "alnum" is alpha | digit, so iswctype tests for any of its bits. */
#include <string.h>

#include "wctype_impl.h"

int iswalnum(wint_t c) { return (__wclass(c) & (W_ALPHA | W_DIGIT)) != 0; }
int iswalpha(wint_t c) { return (__wclass(c) & W_ALPHA) != 0; }
int iswblank(wint_t c) { return (__wclass(c) & W_BLANK) != 0; }
int iswcntrl(wint_t c) { return (__wclass(c) & W_CNTRL) != 0; }
int iswdigit(wint_t c) { return (__wclass(c) & W_DIGIT) != 0; }
int iswgraph(wint_t c) { return (__wclass(c) & W_GRAPH) != 0; }
int iswlower(wint_t c) { return (__wclass(c) & W_LOWER) != 0; }
int iswprint(wint_t c) { return (__wclass(c) & W_PRINT) != 0; }
int iswpunct(wint_t c) { return (__wclass(c) & W_PUNCT) != 0; }
int iswspace(wint_t c) { return (__wclass(c) & W_SPACE) != 0; }
int iswupper(wint_t c) { return (__wclass(c) & W_UPPER) != 0; }
int iswxdigit(wint_t c) { return (__wclass(c) & W_XDIGIT) != 0; }

int iswctype(wint_t c, wctype_t t) { return (__wclass(c) & t) != 0; }

wctype_t wctype(const char *name) {
  static const struct {
    char name[8];
    unsigned short mask;
  } table[] = {{"alnum", W_ALPHA | W_DIGIT}, {"alpha", W_ALPHA}, {"blank", W_BLANK},
               {"cntrl", W_CNTRL}, {"digit", W_DIGIT}, {"graph", W_GRAPH},
               {"lower", W_LOWER}, {"print", W_PRINT}, {"punct", W_PUNCT},
               {"space", W_SPACE}, {"upper", W_UPPER}, {"xdigit", W_XDIGIT}};
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (!strcmp(name, table[i].name)) return table[i].mask;
  return 0;
}
