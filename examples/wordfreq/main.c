/* wordfreq: the most frequent words of a text file (or stdin), with their counts. */
#include <stdio.h>
#include <stdlib.h>
#include "table.h"
#include "words.h"

int main(int argc, char **argv) {
  FILE *f = argc > 1 ? fopen(argv[1], "r") : stdin;
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  int top = argc > 2 ? atoi(argv[2]) : 5;
  struct table t;
  table_init(&t);
  char word[64];
  unsigned total = 0;
  while (next_word(f, word, sizeof word)) {
    table_add(&t, word);
    total++;
  }
  struct entry **sorted = table_sorted(&t);
  printf("%u words, %zu distinct\n", total, t.size);
  for (int i = 0; i < top && sorted[i]; i++) printf("%6u  %s\n", sorted[i]->count, sorted[i]->word);
  free(sorted);
  table_free(&t);
  if (f != stdin) fclose(f);
  return 0;
}
