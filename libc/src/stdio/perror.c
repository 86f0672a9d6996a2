/* perror: "s: message\n" on stderr (just the message when s is NULL or empty). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

void perror(const char *s) {
  const char *msg = strerror(errno);
  if (s && *s) {
    fputs(s, stderr);
    fputs(": ", stderr);
  }
  fputs(msg, stderr);
  fputc('\n', stderr);
}
