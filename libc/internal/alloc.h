/* The allocator's table of live blocks (src/malloc/alloc.c). */
#ifndef MSWASM_ALLOC_H
#define MSWASM_ALLOC_H

#include <stddef.h>

/* A new heap segment of size bytes aligned to align (a power of two, 16..65536), recorded in
 * the table; NULL with errno = ENOMEM when the engine or the table runs out of memory. */
void *__libc_alloc(size_t size, size_t align);
/* The size of the live block that starts at p; 0 when p starts none (*found says which). */
size_t __libc_alloc_size(const void *p, int *found);
/* Forgets the block at p (after segfree has accepted it). */
void __libc_alloc_forget(const void *p);

#endif
