#include "words.h"
#include <ctype.h>

int next_word(FILE *f, char *buf, size_t size) {
  int c;
  size_t n = 0;
  while ((c = fgetc(f)) != EOF && !isalpha(c)) {}
  while (c != EOF && (isalpha(c) || c == '\'')) {
    if (n + 1 < size) buf[n++] = (char)tolower(c);
    c = fgetc(f);
  }
  buf[n] = '\0';
  return n > 0;
}
