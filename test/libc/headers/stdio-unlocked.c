// SCRATCH
// stdio.h (POSIX): flockfile/ftrylockfile/funlockfile around getc_unlocked and putc_unlocked
// (Lua's io.read and io.lines read this way), putchar_unlocked, and the GNU *_unlocked forms.
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

int main(void) {
  FILE *f = fopen("data.txt", "w+");
  if (!f) return 1;
  flockfile(f);
  for (const char *p = "first line\nsecond\n"; *p; p++) putc_unlocked(*p, f);
  fputs_unlocked("third\n", f);
  fwrite_unlocked("4th\n", 1, 4, f);
  funlockfile(f);
  printf("ftrylockfile %d\n", ftrylockfile(f));
  funlockfile(f);
  rewind(f);
  flockfile(f);
  char line[64];
  int c, i = 0;
  while ((c = getc_unlocked(f)) != EOF && c != '\n') line[i++] = (char)c;
  line[i] = 0;
  printf("read '%s'\n", line);
  printf("fgets_unlocked '%s'", fgets_unlocked(line, sizeof line, f));
  printf("fgetc_unlocked '%c'\n", fgetc_unlocked(f));
  char rest[16] = {0};
  printf("fread_unlocked %zu '%s'", fread_unlocked(rest, 1, sizeof rest - 1, f), rest);
  printf("feof_unlocked %d ferror_unlocked %d\n", feof_unlocked(f) != 0, ferror_unlocked(f));
  clearerr_unlocked(f);
  printf("after clearerr %d, fileno same %d\n", feof_unlocked(f), fileno_unlocked(f) == fileno(f));
  funlockfile(f);
  fclose(f);
  putchar_unlocked('o');
  putchar_unlocked('k');
  putchar_unlocked('\n');
  fflush_unlocked(stdout);
  return 0;
}
