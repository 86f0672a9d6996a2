/* <malloc.h> (glibc): the allocation functions of <stdlib.h>, plus malloc_usable_size and
 * memalign. Every block is a heap segment of exactly the size asked for. */
#ifndef _MALLOC_H
#define _MALLOC_H

#include <stdlib.h>

size_t malloc_usable_size(void *__p);
void *memalign(size_t __align, size_t __size);

#endif
