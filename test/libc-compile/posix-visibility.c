// POSIX additions to ISO headers (getline, fileno, strdup...) are visible by default (gnu17, as
// with glibc) and hidden in strict ISO modes, where a program may use those names itself
// (K&R's getline exercise); a feature macro brings them back.
// REQUIRES: compiler
// RUN: mswasm-cc -fsyntax-only -Wall -Werror %s
// RUN: mswasm-cc -fsyntax-only -Wall -Werror -std=c11 -DSTRICT %s
// RUN: mswasm-cc -fsyntax-only -Wall -Werror -std=c11 -D_POSIX_C_SOURCE=200809L %s
#include <stdio.h>
#include <string.h>

#ifdef STRICT
static int getline(char *s, int lim) { // a program's own getline, as in K&R
  int c = 0, i = 0;
  while (i < lim - 1 && (c = getchar()) != EOF && c != '\n') s[i++] = (char)c;
  s[i] = 0;
  return i;
}
int use(void) {
  char buf[10];
  return getline(buf, 10);
}
#else
int use(void) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = getline(&line, &cap, stdin);
  char *copy = strdup(line ? line : "");
  return (int)n + fileno(stdin) + (copy != NULL);
}
#endif
