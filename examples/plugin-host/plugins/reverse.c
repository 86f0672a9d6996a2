/* A text plugin with a classic bug: the buffer for the reversed string has no room for the
 * terminating NUL, so the last write lands one byte past the block (a heap-buffer-overflow that
 * natively would go unnoticed or corrupt the allocator). */
#include <stdlib.h>
#include <string.h>

#include "plugin.h"

const char *plugin_name(void) { return "reverse"; }

char *transform(const char *input) {
  size_t n = strlen(input);
  char *out = malloc(n); /* BUG: n + 1 */
  if (!out) return NULL;
  for (size_t i = 0; i < n; i++) out[i] = input[n - 1 - i];
  out[n] = '\0';
  return out;
}
