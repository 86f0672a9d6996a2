/* A text plugin: upper-cases its input and logs how many letters it changed. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugin.h"

const char *plugin_name(void) { return "upper"; }

char *transform(const char *input) {
  size_t n = strlen(input), changed = 0;
  char *out = malloc(n + 1);
  if (!out) return NULL;
  for (size_t i = 0; i <= n; i++) {
    out[i] = (char)toupper((unsigned char)input[i]);
    changed += out[i] != input[i];
  }
  char msg[64];
  snprintf(msg, sizeof msg, "changed %zu letters", changed);
  host_log(msg);
  return out;
}
