/* tolower and toupper of the C locale. */
#include <ctype.h>

int tolower(int c) { return isupper(c) ? c | 32 : c; }
int toupper(int c) { return islower(c) ? c & 0x5f : c; }
