/* Splitting text into lower-case words. */
#ifndef WORDS_H
#define WORDS_H
#include <stdio.h>
/* Reads the next word (letters and apostrophes) from f into buf; 0 at end of file. */
int next_word(FILE *f, char *buf, size_t size);
#endif
