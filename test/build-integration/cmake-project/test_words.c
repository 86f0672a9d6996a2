/* The CMake project's test program, registered with CTest by file path: exit 0 when
   longest_word behaves, 1 (after saying what failed) otherwise. */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "words.h"

int main(void) {
  char a[] = "pear", b[] = "banana", c[] = "fig";
  char *words[] = {a, b, c};
  int fails = 0;
  if (strcmp(longest_word(3, words), "banana") != 0) { fprintf(stderr, "FAIL: longest of 3\n"); fails++; }
  if (strcmp(longest_word(0, words), "") != 0) { fprintf(stderr, "FAIL: longest of none\n"); fails++; }
#ifndef PLATFORM_IS_UNIX
  fprintf(stderr, "FAIL: UNIX was false at configure time\n");
  fails++;
#endif
  printf("test_words: %d failures\n", fails);
  return fails ? 1 : 0;
}
