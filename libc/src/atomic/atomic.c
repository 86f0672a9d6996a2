/* The generic atomic library calls Clang emits for _Atomic objects wider than 8 bytes
 * (__atomic_load(size, src, dst, order) and friends). The engine runs one thread, so plain
 * copies are atomic; they are tag-preserving segment.copy, so atomics holding pointers keep
 * them valid. compare_exchange compares the bytes (for a handle: its address). The names are
 * Clang builtins, hence #pragma redefine_extname. */
#include <stddef.h>
#include <string.h>

#pragma redefine_extname __libc_atomic_load __atomic_load
#pragma redefine_extname __libc_atomic_store __atomic_store
#pragma redefine_extname __libc_atomic_exchange __atomic_exchange
#pragma redefine_extname __libc_atomic_compare_exchange __atomic_compare_exchange

void __libc_atomic_load(size_t size, void *src, void *dst, int order) {
  (void)order;
  __builtin_memmove(dst, src, size);
}

void __libc_atomic_store(size_t size, void *dst, void *src, int order) {
  (void)order;
  __builtin_memmove(dst, src, size);
}

void __libc_atomic_exchange(size_t size, void *obj, void *val, void *old, int order) {
  (void)order;
  _Alignas(16) unsigned char tmp[256];
  /* obj -> old and val -> obj, chunk by chunk; val and old may be the same object. */
  for (size_t done = 0; done < size;) {
    size_t n = size - done < sizeof tmp ? size - done : sizeof tmp;
    __builtin_memcpy(tmp, (unsigned char *)obj + done, n);
    __builtin_memmove((unsigned char *)obj + done, (unsigned char *)val + done, n);
    __builtin_memcpy((unsigned char *)old + done, tmp, n);
    done += n;
  }
}

_Bool __libc_atomic_compare_exchange(size_t size, void *obj, void *expected, void *desired,
                                     int success, int failure) {
  (void)success;
  (void)failure;
  if (!memcmp(obj, expected, size)) {
    __builtin_memmove(obj, desired, size);
    return 1;
  }
  __builtin_memmove(expected, obj, size);
  return 0;
}
