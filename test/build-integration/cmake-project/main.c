#include <stdio.h>

#include "config.h"
#include "words.h"

int main(int argc, char **argv) {
  printf("sizeof(void *) %d, long %d, long long %d\n", SIZEOF_VOID_P, SIZEOF_LONG, SIZEOF_LONG_LONG);
#if defined(HAVE_STRTOL) && !defined(HAVE_NO_SUCH_FUNCTION) && defined(HAVE_STDIO_H) && defined(POINTERS_ARE_HANDLES)
  printf("checks ok\n");
#else
  printf("checks wrong\n");
#endif
  printf("%d words, longest '%s'\n", argc - 1, longest_word(argc - 1, argv + 1));
  return 0;
}
