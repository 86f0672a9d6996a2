// SCRATCH
// stdio.h: tmpfile (read back, two at once, independent), tmpnam (fits L_tmpnam, distinct,
// not existing, usable), freopen (onto another file, stdin from a file, stdout into a file and
// back with dup2, mode change with a NULL path), fdopen and fileno, setvbuf/setbuf (a bad mode
// fails; full buffering holds output until fflush, no buffering does not).
#define _FILE_OFFSET_BITS 64
#ifndef __mswasm__
#pragma pack(push, 4) /* glibc's struct stat layout despite -malign-double */
#endif
#include <sys/stat.h>
#ifndef __mswasm__
#pragma pack(pop)
#endif
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static long long size_of(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

int main(void) {
  char line[128];
  /* tmpfile */
  FILE *t = tmpfile();
  printf("tmpfile: %s\n", t ? "opened" : "NULL");
  if (!t) return 1;
  fprintf(t, "first %d\nsecond\n", 1);
  FILE *u = tmpfile();
  printf("second tmpfile: %s distinct %d\n", u ? "opened" : "NULL", u != t);
  fputs("other file", u);
  rewind(t);
  while (fgets(line, sizeof line, t)) printf("read back: %s", line);
  printf("ftell at end: %ld\n", ftell(t));
  fseek(t, 6, SEEK_SET);
  printf("char at 6: %c\n", fgetc(t));
  rewind(u);
  printf("second holds: %s\n", fgets(line, sizeof line, u));
  printf("fclose: %d %d\n", fclose(t), fclose(u));

  /* tmpnam */
  char n1[L_tmpnam], n2[L_tmpnam];
  printf("tmpnam(buf) returns buf: %d\n", tmpnam(n1) == n1);
  char *p = tmpnam(NULL);
  printf("tmpnam(NULL): %s\n", p ? "name" : "NULL");
  strcpy(n2, p);
  printf("fits L_tmpnam: %d %d, distinct: %d\n", strlen(n1) < L_tmpnam, strlen(n2) < L_tmpnam,
         strcmp(n1, n2) != 0);
  errno = 0;
  printf("does not exist: %d ENOENT %d\n", fopen(n1, "r") == NULL, errno == ENOENT);
  FILE *f = fopen(n1, "w");
  printf("usable: %d\n", f != NULL && fputs("x", f) >= 0 && fclose(f) == 0);
  printf("remove: %d\n", remove(n1));

  /* freopen onto another file */
  f = fopen("a.txt", "w");
  fputs("into a", f);
  FILE *g = freopen("b.txt", "w+", f);
  printf("freopen same FILE: %d\n", g == f);
  fputs("into b", g);
  rewind(g);
  printf("b reads: %s\n", fgets(line, sizeof line, g));
  fclose(g);
  printf("sizes: a %lld b %lld\n", size_of("a.txt"), size_of("b.txt"));
  errno = 0;
  f = fopen("a.txt", "r");
  printf("freopen missing: %s ENOENT %d\n", freopen("missing.txt", "r", f) ? "FILE" : "NULL",
         errno == ENOENT);

  /* a NULL path keeps the file: reading again from the start */
  f = fopen("b.txt", "r");
  fgetc(f);
  rewind(f);
  g = freopen(NULL, "r", f);
  printf("freopen(NULL, r): %s", g ? "FILE" : "NULL");
  if (g) printf(" reads %s", fgets(line, sizeof line, g));
  printf("\n");
  if (g) fclose(g);

  /* stdin from a file */
  f = fopen("in.txt", "w");
  fputs("line one\nline two\n", f);
  fclose(f);
  printf("freopen stdin: %d\n", freopen("in.txt", "r", stdin) == stdin);
  while (fgets(line, sizeof line, stdin)) printf("stdin: %s", line);
  printf("eof: %d\n", feof(stdin) != 0);

  /* stdout into a file, then back through dup2 */
  fflush(stdout);
  int saved = dup(1);
  printf("will be in out.txt\n");
  fflush(stdout);
  FILE *o = freopen("out.txt", "w", stdout);
  printf("redirected %d\n", fileno(stdout));
  fflush(stdout);
  dup2(saved, 1);
  close(saved);
  printf("freopen stdout returned stdout: %d\n", o == stdout);
  f = fopen("out.txt", "r");
  printf("out.txt: %s", fgets(line, sizeof line, f));
  fclose(f);

  /* fdopen, fileno */
  int fd = open("c.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
  f = fdopen(fd, "w+");
  printf("fdopen: %s fileno matches %d\n", f ? "FILE" : "NULL", f && fileno(f) == fd);
  fprintf(f, "through %s", "fdopen");
  fflush(f);
  lseek(fd, 0, SEEK_SET);
  ssize_t n = read(fd, line, sizeof line);
  printf("read via fd: %.*s\n", (int)n, line);
  printf("fclose closes fd: %d ", fclose(f));
  errno = 0;
  printf("%zd EBADF %d\n", write(fd, "x", 1), errno == EBADF);
  errno = 0;
  printf("fdopen bad fd: %s EBADF %d\n", fdopen(77, "r") ? "FILE" : "NULL", errno == EBADF);
  printf("fileno std: %d %d %d\n", fileno(stdin), fileno(stdout), fileno(stderr));

  /* setvbuf, setbuf */
  f = fopen("d.txt", "w");
  printf("setvbuf bad mode: %d\n", setvbuf(f, NULL, 42, 0) != 0);
  static char mybuf[256];
  printf("setvbuf full: %d\n", setvbuf(f, mybuf, _IOFBF, sizeof mybuf));
  fputs("abc", f);
  printf("before fflush: %lld\n", size_of("d.txt"));
  fflush(f);
  printf("after fflush: %lld\n", size_of("d.txt"));
  fclose(f);
  f = fopen("e.txt", "w");
  setbuf(f, NULL);
  fputs("unbuffered", f);
  printf("unbuffered, no fflush: %lld\n", size_of("e.txt"));
  fclose(f);
  f = fopen("e.txt", "a");
  printf("setvbuf line: %d\n", setvbuf(f, NULL, _IOLBF, 0));
  fputs("+partial", f);
  printf("line buffered, no newline: %lld\n", size_of("e.txt"));
  fputs(" end\n", f);
  printf("after newline: %lld\n", size_of("e.txt"));
  fclose(f);
  const char *names[] = {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "in.txt", "out.txt"};
  int ok = 1;
  for (int i = 0; i < 7; i++) ok &= remove(names[i]) == 0;
  printf("cleanup: %d\n", ok);
  return 0;
}
