// stdio.h over a pipe within one program: fdopen of both ends, fprintf and fputs through the
// write end's buffer, fflush makes the bytes readable, fgets and fscanf read them back, fclose
// of the write end gives the reader end of file (ferror clear), fwrite of more than a buffer,
// and fclose of the read end makes a write end's next write fail with EPIPE (SIGPIPE ignored).
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  int fds[2];
  if (pipe(fds) != 0) return 1;
  FILE *r = fdopen(fds[0], "r");
  FILE *w = fdopen(fds[1], "w");
  if (!r || !w) return 2;
  fprintf(w, "line %d\n", 1);
  fputs("second line\n", w);
  fprintf(w, "%d %s\n", 42, "words");
  if (fflush(w) != 0) return 3;
  char buf[64];
  printf("%s", fgets(buf, sizeof buf, r) ? buf : "(none)\n");
  printf("%s", fgets(buf, sizeof buf, r) ? buf : "(none)\n");
  int n = 0;
  char word[16];
  printf("fscanf: %d", fscanf(r, "%d %15s", &n, word));
  printf(" -> %d %s\n", n, word);
  fclose(w);
  int c = fgetc(r);
  printf("after the writer closed: %s, eof %d, error %d\n", c == EOF ? "EOF" : "a byte", feof(r) != 0,
         ferror(r) != 0);
  fclose(r);

  // More than a stdio buffer through one fwrite, read back in pieces.
  if (pipe(fds) != 0) return 4;
  r = fdopen(fds[0], "r");
  w = fdopen(fds[1], "w");
  static char big[20000], back[20000];
  for (size_t i = 0; i < sizeof big; i++) big[i] = (char)('a' + i % 26);
  size_t wrote = fwrite(big, 1, sizeof big, w);
  fclose(w);
  size_t got = fread(back, 1, sizeof back, r);
  printf("fwrite %zu, fread %zu, same %d\n", wrote, got, memcmp(big, back, sizeof big) == 0);
  fclose(r);

  // Writing to a pipe whose read end is closed.
  signal(SIGPIPE, SIG_IGN);
  if (pipe(fds) != 0) return 5;
  w = fdopen(fds[1], "w");
  close(fds[0]);
  fputs("lost\n", w);
  errno = 0;
  int f = fflush(w);
  printf("fflush after the reader closed: %d, EPIPE %d, error %d\n", f, errno == EPIPE, ferror(w) != 0);
  fclose(w);
  return 0;
}
