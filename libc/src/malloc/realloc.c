/* realloc: always a new segment of exactly the new size (bounds stay exact), then a
 * tag-preserving copy of min(old, new) bytes and free of the old block. The old size comes from
 * the allocator's table; a pointer the table does not know is handed to segfree, which traps
 * (invalid or double free) with the caller in the report. realloc(p, 0) frees p and returns a
 * new zero-size block, as malloc(0) does. */
#include <stdlib.h>

#include "alloc.h"
#include "mswasm_builtins.h"

void *realloc(void *p, size_t size) {
  if (!p) return malloc(size);
  int found;
  size_t old = __libc_alloc_size(p, &found);
  if (!found) {
    __mswasm_segfree(p);
    __builtin_trap(); /* not reached: segfree traps on every pointer that is not a block */
  }
  void *q = malloc(size);
  if (!q) return NULL;
  __builtin_memcpy(q, p, old < size ? old : size);
  free(p);
  return q;
}
