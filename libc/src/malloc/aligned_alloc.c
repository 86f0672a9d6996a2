/* aligned_alloc and posix_memalign: segalloc takes the alignment itself (a power of two up to
 * 65536; at least 16 is always used). posix_memalign accepts the alignments glibc accepts on
 * ILP32, powers of two from 4: POSIX asks for multiples of sizeof(void *), 16 here, but
 * programs written for 32-bit targets pass 4 or 8. */
#include <errno.h>
#include <stdlib.h>

#include "alloc.h"

void *aligned_alloc(size_t align, size_t size) {
  if (!align || (align & (align - 1)) || align > 65536) {
    errno = EINVAL;
    return NULL;
  }
  return __libc_alloc(size, align < 16 ? 16 : align);
}

int posix_memalign(void **out, size_t align, size_t size) {
  if (align < 4 || (align & (align - 1)) || align > 65536) return EINVAL;
  int saved = errno;
  void *p = __libc_alloc(size, align < 16 ? 16 : align);
  if (!p) {
    errno = saved;
    return ENOMEM;
  }
  *out = p;
  return 0;
}
