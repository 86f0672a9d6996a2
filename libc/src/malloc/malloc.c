/* malloc: a fresh heap segment, 16-aligned (enough for a handle, the strictest type). */
#include <stdlib.h>

#include "alloc.h"

void *malloc(size_t size) { return __libc_alloc(size, 16); }
