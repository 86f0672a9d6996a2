/* A SHARED library of the CMake project (the MSWasm platform builds it as a static archive). */
#include "shout.h"

#include <ctype.h>

const char *shout(const char *word) {
  static char buf[64];
  unsigned i = 0;
  for (; word[i] && i + 1 < sizeof buf; i++) buf[i] = (char)toupper((unsigned char)word[i]);
  buf[i] = '\0';
  return buf;
}
