// SCRATCH
// Wide-character stream I/O on files in "C.UTF-8": fputwc/fputws/fwprintf write UTF-8
// bytes, fgetwc/fgetws/ungetwc read them back; fwide orientation; encoding errors in the
// file (EILSEQ). Not here, as glibc differs from C11: fputwc of a surrogate (EILSEQ in C,
// glibc writes '?') and a character cut by the end of the file (EILSEQ in C, a plain end of
// file in glibc).
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static void bytes(const char *path) {
  FILE *f = fopen(path, "rb");
  int c, n = 0;
  printf("bytes:");
  while ((c = fgetc(f)) != EOF) {
    printf(" %02x", c);
    n++;
  }
  printf(" (%d)\n", n);
  fclose(f);
}

int main(void) {
  if (!setlocale(LC_ALL, "C.UTF-8")) return 1;
  FILE *f = fopen("w.txt", "w");
  printf("fwide new=%d\n", fwide(f, 0));
  printf("fputwc %x", (unsigned)fputwc(L'a', f));
  printf(" %x", (unsigned)fputwc(0xe9, f));
  printf(" %x", (unsigned)putwc(0x20ac, f));
  printf(" fwide=%d\n", fwide(f, 0) > 0);
  wint_t r;
  printf("fputws %d\n", fputws(L"\x1f600 line\n", f) >= 0);
  printf("fwprintf %d\n", fwprintf(f, L"%d:%ls:%s\n", 42, L"\xfc", "b\xc3\xbf"));
  printf("fwide(-1) stays wide %d\n", fwide(f, -1) > 0);
  fclose(f);
  bytes("w.txt");

  f = fopen("w.txt", "r");
  wint_t c1 = fgetwc(f), c2 = getwc(f), c3 = fgetwc(f);
  printf("fgetwc %x %x %x fwide=%d\n", (unsigned)c1, (unsigned)c2, (unsigned)c3,
         fwide(f, 0) > 0);
  printf("ungetwc %x", (unsigned)ungetwc(0x20ac, f));
  printf(" again %x\n", (unsigned)fgetwc(f));
  wchar_t line[32];
  printf("fgetws %d", fgetws(line, 32, f) != NULL);
  printf(" len=%u first=%x last=%x\n", (unsigned)wcslen(line), (unsigned)line[0],
         (unsigned)line[wcslen(line) - 1]);
  printf("fgetws small %d", fgetws(line, 3, f) != NULL);
  printf(" [%x %x] len=%u\n", (unsigned)line[0], (unsigned)line[1], (unsigned)wcslen(line));
  fgetws(line, 32, f);
  printf("rest len=%u\n", (unsigned)wcslen(line));
  printf("at end weof=%d eof=%d\n", fgetwc(f) == WEOF, feof(f) != 0);
  printf("fgetws at end null=%d\n", fgetws(line, 32, f) == NULL);
  fclose(f);

  /* invalid and cut sequences in the file: each in a stream of its own, since what follows
   * an encoding error differs (glibc's stream stays failed) */
  static const char *const bad[] = {"x\xc3(y", "x\xffy", "x\xed\xa0\x80y", "ab\xc3(\n"};
  for (int i = 0; i < 4; i++) {
    f = fopen("bad.txt", "wb");
    fputs(bad[i], f);
    fclose(f);
    f = fopen("bad.txt", "r");
    printf("bad %d: %x", i, (unsigned)fgetwc(f));
    errno = 0;
    r = fgetwc(f);
    printf(" weof=%d errno=%d\n", r == WEOF, errno == EILSEQ);
    fclose(f);
  }
  f = fopen("bad.txt", "r");
  printf("fgetws bad null=%d\n", fgetws(line, 32, f) == NULL);
  fclose(f);

  /* orientation set by fwide first */
  f = fopen("o.txt", "w");
  printf("fwide byte=%d then wide request=%d\n", fwide(f, -1), fwide(f, 1));
  fclose(f);
  remove("w.txt");
  remove("bad.txt");
  remove("o.txt");
  return 0;
}
