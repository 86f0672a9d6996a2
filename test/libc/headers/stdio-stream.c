// SCRATCH
// stdio.h stream behaviour: setvbuf modes (what another stream sees of a file before fflush),
// ungetc (several, after EOF, EOF itself), fgets with sizes 1 and 2, getline/getdelim growth
// and end of file, fputc/fgetc of byte 0xff and EOF, errors on streams opened the other way,
// clearerr, fopen failures, fseek past the end, switching between reading and writing, fscanf
// push-back. Only stdout is compared, so nothing is written to stderr. Output compared with a
// native build.
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The size of a file as another stream sees it now. */
static long visible(const char *path) {
  FILE *g = fopen(path, "rb");
  if (!g) return -1;
  fseek(g, 0, SEEK_END);
  long n = ftell(g);
  fclose(g);
  return n;
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  fputs(text, f);
  fclose(f);
}

static void buffering(void) {
  /* 256 bytes: glibc writes straight through buffers under 128 bytes */
  static char buf[256];
  FILE *f = fopen("full.txt", "w");
  printf("setvbuf full: %d\n", setvbuf(f, buf, _IOFBF, sizeof buf));
  fputs("0123456789", f);
  printf("  after 10 bytes: %ld visible\n", visible("full.txt"));
  for (int i = 0; i < 29; i++) fputs("abcdefghij", f); /* 300 bytes: more than the buffer */
  long v = visible("full.txt");
  printf("  after 300 bytes: some visible %d, all visible %d\n", v > 0, v == 300);
  fflush(f);
  printf("  after fflush: %ld visible\n", visible("full.txt"));
  fclose(f);

  f = fopen("line.txt", "w");
  printf("setvbuf line: %d\n", setvbuf(f, NULL, _IOLBF, 128));
  fputs("no newline yet", f);
  printf("  without newline: %ld visible\n", visible("line.txt"));
  fputs(" now\n", f);
  printf("  after newline: %ld visible\n", visible("line.txt"));
  fputs("tail", f);
  printf("  tail pending: %ld visible\n", visible("line.txt"));
  fclose(f);
  printf("  after fclose: %ld visible\n", visible("line.txt"));

  f = fopen("none.txt", "w");
  printf("setvbuf none: %d\n", setvbuf(f, NULL, _IONBF, 0));
  fputc('x', f);
  printf("  after one fputc: %ld visible\n", visible("none.txt"));
  fprintf(f, "%d", 12345);
  printf("  after fprintf: %ld visible\n", visible("none.txt"));
  int r = fprintf(f, "%600d|%s", 7, "end");
  printf("  long fprintf %d: %ld visible\n", r, visible("none.txt"));
  fclose(f);

  f = fopen("bad.txt", "w");
  printf("setvbuf bad mode: nonzero %d\n", setvbuf(f, NULL, 12345, 100) != 0);
  fclose(f);

  f = fopen("setbuf.txt", "w");
  setbuf(f, NULL); /* unbuffered */
  fputs("abc", f);
  printf("setbuf NULL: %ld visible\n", visible("setbuf.txt"));
  fclose(f);

  /* reading through a tiny buffer */
  write_file("read.txt", "line one\nline two\nthird line is longer than the buffer\n");
  static char small[20];
  f = fopen("read.txt", "r");
  setvbuf(f, small, _IOFBF, sizeof small);
  char line[80];
  while (fgets(line, sizeof line, f)) printf("  small buffer read: %s", line);
  fclose(f);
}

static void unget(void) {
  write_file("u.txt", "abc");
  FILE *f = fopen("u.txt", "r");
  int c = fgetc(f);
  printf("ungetc: first %c", c);
  printf(", push %c", ungetc('X', f));
  printf(", push %c", ungetc('Y', f));
  printf(", read %c", fgetc(f));
  printf("%c", fgetc(f));
  printf("%c", fgetc(f));
  printf("%c\n", fgetc(f));
  printf("ungetc(EOF) %d\n", ungetc(EOF, f));
  printf("ungetc 0x1ff -> %d, reads %d\n", ungetc(0x1ff, f), fgetc(f));
  /* after end of file */
  while (fgetc(f) != EOF) {
  }
  printf("at end: feof %d\n", feof(f) != 0);
  printf("ungetc at end %c, feof now %d\n", ungetc('Z', f), feof(f) != 0);
  printf("reads %c then %d, feof %d\n", fgetc(f), fgetc(f), feof(f) != 0);
  /* the position goes back with each pushed-back byte */
  rewind(f);
  fgetc(f);
  fgetc(f);
  printf("ftell after 2 reads %ld", ftell(f));
  ungetc('q', f);
  printf(", after ungetc %ld", ftell(f));
  printf(", fseek(SEEK_CUR 0) drops it: ");
  fseek(f, 0, SEEK_CUR);
  printf("%c\n", fgetc(f));
  /* four pushed-back bytes come back in reverse order */
  rewind(f);
  int ok = 1;
  for (int i = 0; i < 4; i++) ok &= ungetc('1' + i, f) == '1' + i;
  printf("4 pushes %d:", ok);
  for (int i = 0; i < 5; i++) printf(" %c", fgetc(f));
  printf("\n");
  fclose(f);

  /* fscanf with one character of look-ahead pushed back */
  write_file("scan.txt", "12abc 3.5e+2x -7 1e\n0x1fz 077 word, 42");
  f = fopen("scan.txt", "r");
  int a = 0, b = 0, n = 0;
  double d = 0;
  char w[16] = "";
  int r = fscanf(f, "%d", &a);
  printf("fscanf %d: %d next %c\n", r, a, fgetc(f));
  r = fscanf(f, "%*s %lf", &d);
  printf("fscanf %d: %g next %c\n", r, d, fgetc(f));
  r = fscanf(f, "%d", &a);
  printf("fscanf %d: %d\n", r, a);
  r = fscanf(f, "%lf", &d);
  printf("fscanf 1e %d: %g next %d\n", r, d, fgetc(f));
  r = fscanf(f, "%i%n", &a, &n);
  printf("fscanf %%i %d: %d next %c\n", r, a, fgetc(f));
  r = fscanf(f, "%i %[a-z], %d", &b, w, &a);
  printf("fscanf %d: %d %s %d\n", r, b, w, a);
  r = fscanf(f, "%d", &a);
  printf("fscanf at end %d feof %d\n", r, feof(f) != 0);
  fclose(f);
}

static void lines(void) {
  write_file("g.txt", "a\nbb\n\n");
  FILE *f = fopen("g.txt", "r");
  char buf[8];
  memset(buf, '#', sizeof buf);
  char *p = fgets(buf, 1, f);
  printf("fgets n=1: %s, buf[0]=%d, next %c\n", p == buf ? "buf" : "NULL", buf[0], fgetc(f));
  p = fgets(buf, 2, f);
  printf("fgets n=2: %s [%s]\n", p == buf ? "buf" : "NULL", buf);
  p = fgets(buf, 2, f);
  printf("fgets n=2: %s [%s]\n", p == buf ? "buf" : "NULL", buf);
  p = fgets(buf, 3, f);
  printf("fgets n=3: %s [%s]\n", p == buf ? "buf" : "NULL", buf);
  p = fgets(buf, sizeof buf, f);
  printf("fgets: [%s]\n", buf);
  p = fgets(buf, sizeof buf, f);
  printf("fgets: [%s] len %zu\n", buf, strlen(buf));
  strcpy(buf, "keep");
  p = fgets(buf, sizeof buf, f);
  printf("fgets at end: %s, buffer kept [%s], feof %d\n", p ? "buf" : "NULL", buf,
         feof(f) != 0);
  fclose(f);

  /* a last line without a newline */
  write_file("nonl.txt", "last");
  f = fopen("nonl.txt", "r");
  p = fgets(buf, sizeof buf, f);
  printf("fgets unterminated: [%s] feof %d\n", buf, feof(f) != 0);
  fclose(f);

  /* getline: lines of growing length, an empty line, a last line without newline */
  f = fopen("long.txt", "w");
  for (int len = 0; len < 3000; len = len * 2 + 1) {
    for (int i = 0; i < len; i++) fputc('a' + i % 26, f);
    fputc('\n', f);
  }
  fputs("\nend", f);
  fclose(f);
  f = fopen("long.txt", "r");
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  while ((n = getline(&line, &cap, f)) != -1) {
    unsigned sum = 0;
    for (ssize_t i = 0; i < n; i++) sum = sum * 31 + (unsigned char)line[i];
    printf("getline %zd: sum %08x, NUL at end %d, cap big enough %d\n", n, sum, line[n] == 0,
           cap > (size_t)n);
  }
  printf("getline at end: feof %d\n", feof(f) != 0);
  printf("getline again %zd\n", getline(&line, &cap, f));
  free(line);
  fclose(f);

  /* getdelim with a non-newline delimiter; a given buffer grows */
  write_file("d.csv", "x,yy,,zzz\nw,");
  f = fopen("d.csv", "r");
  cap = 2;
  line = malloc(cap);
  while ((n = getdelim(&line, &cap, ',', f)) != -1) printf("getdelim %zd [%s]\n", n, line);
  free(line);
  fclose(f);
  /* getdelim with delimiter 0 and byte 0xff in the data */
  f = fopen("z.bin", "wb");
  fwrite("ab\0\xff\xfe\0c", 1, 7, f);
  fclose(f);
  f = fopen("z.bin", "rb");
  line = NULL;
  cap = 0;
  while ((n = getdelim(&line, &cap, 0, f)) != -1) {
    printf("getdelim NUL %zd:", n);
    for (ssize_t i = 0; i < n; i++) printf(" %02x", (unsigned char)line[i]);
    printf("\n");
  }
  free(line);
  fclose(f);
  errno = 0;
  printf("getline NULL args %zd errno %d\n", getline(NULL, &cap, stdin), errno == EINVAL);
}

static void chars(void) {
  FILE *f = fopen("c.bin", "wb+");
  printf("fputc 0xff -> %d, -1 -> %d, 0x141 -> %d, 0 -> %d\n", fputc(0xff, f), fputc(-1, f),
         fputc(0x141, f), fputc(0, f));
  printf("putc -> %d\n", putc('z', f));
  rewind(f);
  printf("fgetc:");
  int c;
  while ((c = fgetc(f)) != EOF) printf(" %d", c);
  printf(" then EOF, feof %d ferror %d\n", feof(f) != 0, ferror(f) != 0);
  printf("fgetc at EOF again %d\n", fgetc(f));
  clearerr(f);
  printf("after clearerr feof %d\n", feof(f) != 0);
  fclose(f);

  /* the wrong direction: error flag and EOF */
  write_file("ro.txt", "read only");
  f = fopen("ro.txt", "r");
  printf("fputc on read stream %d ferror %d\n", fputc('x', f), ferror(f) != 0);
  clearerr(f);
  printf("after clearerr ferror %d, fgetc %c\n", ferror(f) != 0, fgetc(f));
  printf("fwrite on read stream %zu\n", fwrite("abc", 1, 3, f));
  clearerr(f);
  printf("fprintf on read stream negative %d, ferror %d\n", fprintf(f, "%d", 5) < 0,
         ferror(f) != 0);
  printf("fputs on read stream %d\n", fputs("abc", f));
  fclose(f);
  f = fopen("wo.txt", "w");
  printf("fgetc on write stream %d ferror %d\n", fgetc(f), ferror(f) != 0);
  char b[4];
  printf("fread on write stream %zu\n", fread(b, 1, 4, f));
  fclose(f);
  printf("file after fputc attempt: %ld bytes\n", visible("ro.txt"));

  /* fread/fwrite counts: partial last element */
  write_file("7.bin", "1234567");
  f = fopen("7.bin", "rb");
  char buf[16];
  printf("fread 3x2 from 7 bytes: %zu, feof %d\n", fread(buf, 2, 3, f), feof(f) != 0);
  printf("fread 2x2 from 1 left: %zu, feof %d\n", fread(buf, 2, 2, f), feof(f) != 0);
  printf("fread size 0: %zu, count 0: %zu\n", fread(buf, 0, 5, f), fread(buf, 5, 0, f));
  fclose(f);

  /* fputs/puts return a non-negative value */
  f = fopen("p.txt", "w");
  printf("fputs >= 0: %d, fputs empty >= 0: %d\n", fputs("x", f) >= 0, fputs("", f) >= 0);
  fclose(f);
  printf("puts >= 0: %d\n", puts("from puts") >= 0);
}

static void files(void) {
  errno = 0;
  FILE *f = fopen("missing/none.txt", "r");
  printf("fopen missing: %s errno ENOENT %d\n", f ? "opened" : "NULL", errno == ENOENT);
  errno = 0;
  f = fopen("nothere.txt", "r");
  printf("fopen nothere r: %s errno ENOENT %d\n", f ? "opened" : "NULL", errno == ENOENT);
  errno = 0;
  f = fopen("x.txt", "q");
  printf("fopen mode q: %s errno EINVAL %d\n", f ? "opened" : "NULL", errno == EINVAL);
  if (f) fclose(f);

  /* fseek past the end, then write: the gap reads as zeros */
  f = fopen("gap.bin", "wb+");
  fputs("ab", f);
  printf("fseek past end %d, ftell %ld\n", fseek(f, 5, SEEK_END), ftell(f));
  fputs("cd", f);
  rewind(f);
  printf("gap:");
  int c;
  while ((c = fgetc(f)) != EOF) printf(" %d", c);
  printf("\n");
  errno = 0;
  printf("fseek before start %d errno EINVAL %d\n", fseek(f, -100, SEEK_SET), errno == EINVAL);
  printf("ftell unchanged %ld\n", ftell(f));
  fclose(f);

  /* r+: read, seek, overwrite, read on */
  write_file("rw.txt", "0123456789");
  f = fopen("rw.txt", "r+");
  printf("r+ read %c%c", fgetc(f), fgetc(f));
  fseek(f, 0, SEEK_CUR);
  fputs("AB", f);
  fseek(f, 0, SEEK_CUR);
  printf(", after write %c", fgetc(f));
  fflush(f);
  rewind(f);
  char buf[16] = "";
  printf(", file [%s]\n", fgets(buf, sizeof buf, f));
  fclose(f);

  /* a+: writes always go to the end */
  f = fopen("rw.txt", "a+");
  fseek(f, 0, SEEK_SET);
  fputs("END", f);
  rewind(f);
  printf("a+ file [%s]\n", fgets(buf, sizeof buf, f));
  fclose(f);

  /* w truncates; fgetpos/fsetpos */
  f = fopen("rw.txt", "w+");
  printf("w+ truncated: %ld\n", visible("rw.txt"));
  fputs("hello world", f);
  fpos_t pos;
  fseek(f, 6, SEEK_SET);
  printf("fgetpos %d", fgetpos(f, &pos));
  printf(", read %c", fgetc(f));
  printf(", fsetpos %d", fsetpos(f, &pos));
  printf(", read again %c\n", fgetc(f));
  fclose(f);

  printf("fflush(NULL) %d\n", fflush(NULL));
  printf("remove %d %d\n", remove("rw.txt"), remove("rw.txt") == 0);
}

int main(void) {
  buffering();
  unget();
  lines();
  chars();
  files();
  return 0;
}
