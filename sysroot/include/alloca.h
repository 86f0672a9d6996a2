/* <alloca.h>: alloca is Clang's builtin, which allocates a stack segment of the calling
 * frame (freed when the frame exits, as C code expects). */
#ifndef _ALLOCA_H
#define _ALLOCA_H

#define __need_size_t
#include <stddef.h>

void *alloca(size_t __size);
#define alloca(size) __builtin_alloca(size)

#endif
