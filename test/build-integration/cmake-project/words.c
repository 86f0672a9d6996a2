#include "words.h"

#include <string.h>

const char *longest_word(int n, char **words) {
  const char *best = "";
  for (int i = 0; i < n; i++)
    if (strlen(words[i]) > strlen(best)) best = words[i];
  return best;
}
