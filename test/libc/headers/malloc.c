// <malloc.h>: malloc_usable_size (at least the size asked for; exactly it here, but glibc
// rounds up, so only >= is printed) and memalign.
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  size_t sizes[] = {1, 7, 16, 100, 4096};
  for (int i = 0; i < 5; i++) {
    char *p = malloc(sizes[i]);
    size_t u = malloc_usable_size(p);
    printf("%zu: usable >= asked %d\n", sizes[i], u >= sizes[i]);
    memset(p, 'x', sizes[i]);
    free(p);
  }
  printf("NULL: %zu\n", malloc_usable_size(NULL));
  void *a = memalign(64, 100);
  printf("memalign 64: %d\n", a && (uintptr_t)a % 64 == 0);
  free(a);
  return 0;
}
