#ifndef WORDS_H
#define WORDS_H
/* Finds the longest of n words. */
const char *longest_word(int n, char **words);
#endif
