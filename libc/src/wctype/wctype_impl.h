/* Shared by the wctype/ sources: class bits (wctype_t values are masks of them) and the
 * case mapping. */
#ifndef MSWASM_WCTYPE_IMPL_H
#define MSWASM_WCTYPE_IMPL_H

#include <wctype.h>

#define W_ALPHA 0x001
#define W_DIGIT 0x002
#define W_XDIGIT 0x004
#define W_SPACE 0x008
#define W_BLANK 0x010
#define W_CNTRL 0x020
#define W_PUNCT 0x040
#define W_PRINT 0x080
#define W_GRAPH 0x100
#define W_UPPER 0x200
#define W_LOWER 0x400

unsigned __wclass(wint_t c);
/* c in lower case (upper == 0) or upper case (upper == 1); c itself if it has no pair. */
unsigned __towcase(unsigned c, int upper);

#endif
