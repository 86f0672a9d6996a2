/* A text plugin: ROT13. */
#include <stdlib.h>
#include <string.h>

#include "plugin.h"

const char *plugin_name(void) { return "rot13"; }

char *transform(const char *input) {
  char *out = strdup(input);
  if (!out) return NULL;
  for (char *p = out; *p; p++) {
    if (*p >= 'a' && *p <= 'z') *p = (char)('a' + (*p - 'a' + 13) % 26);
    else if (*p >= 'A' && *p <= 'Z') *p = (char)('A' + (*p - 'A' + 13) % 26);
  }
  return out;
}
