/* free: segfree first, so that a bad pointer (not a block start, already freed, a stack or
 * global object, built from an integer) traps in the engine before the table changes; the
 * report shows free's caller. Then the block is forgotten. */
#include <stdlib.h>

#include "alloc.h"
#include "mswasm_builtins.h"

void free(void *p) {
  if (!p) return;
  __mswasm_segfree(p);
  __libc_alloc_forget(p);
}
