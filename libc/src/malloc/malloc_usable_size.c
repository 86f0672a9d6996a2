/* malloc_usable_size and memalign (glibc, <malloc.h>). A block is a heap segment of exactly the
 * size asked for, so that is its usable size (writing past it traps); 0 for NULL. Asked about a
 * pointer malloc did not return, it stops the program with a message: callers write that many
 * bytes, so any answer would be a silent overflow. */
#include <malloc.h>
#include <stdio.h>

#include "alloc.h"

size_t malloc_usable_size(void *p) {
  if (!p) return 0;
  int found;
  size_t size = __libc_alloc_size(p, &found);
  if (!found) {
    fputs("malloc_usable_size: the pointer is not the start of a block from malloc\n", stderr);
    __builtin_trap();
  }
  return size;
}

void *memalign(size_t align, size_t size) { return aligned_alloc(align, size); }
