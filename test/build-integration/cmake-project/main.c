#include <stdio.h>

#include "config.h"
#include "shout.h"
#include "words.h"

int main(int argc, char **argv) {
  printf("sizeof(void *) %d, long %d, long long %d\n", SIZEOF_VOID_P, SIZEOF_LONG, SIZEOF_LONG_LONG);
#if defined(HAVE_STRTOL) && !defined(HAVE_NO_SUCH_FUNCTION) && defined(HAVE_STDIO_H) && defined(POINTERS_ARE_HANDLES) && \
    defined(PLATFORM_IS_UNIX)
  printf("checks ok\n");
#else
  printf("checks wrong\n");
#endif
  const char *longest = longest_word(argc - 1, argv + 1);
  printf("%d words, longest '%s', %s\n", argc - 1, longest, shout(longest));
  return 0;
}
