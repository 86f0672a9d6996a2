/* Stream locks (POSIX flockfile and the *_unlocked calls). MSWasm has one thread (thread.c),
 * so no other thread can hold or wait for a stream's lock: flockfile and funlockfile do
 * nothing, ftrylockfile always gets the lock (0), and the unlocked forms are the ordinary
 * calls. */
#define _GNU_SOURCE
#include <stdio.h>

void flockfile(FILE *f) { (void)f; }

int ftrylockfile(FILE *f) {
  (void)f;
  return 0;
}

void funlockfile(FILE *f) { (void)f; }

int getc_unlocked(FILE *f) { return getc(f); }

int getchar_unlocked(void) { return getchar(); }

int putc_unlocked(int c, FILE *f) { return putc(c, f); }

int putchar_unlocked(int c) { return putchar(c); }

int fgetc_unlocked(FILE *f) { return fgetc(f); }

int fputc_unlocked(int c, FILE *f) { return fputc(c, f); }

void clearerr_unlocked(FILE *f) { clearerr(f); }

int feof_unlocked(FILE *f) { return feof(f); }

int ferror_unlocked(FILE *f) { return ferror(f); }

int fileno_unlocked(FILE *f) { return fileno(f); }

int fflush_unlocked(FILE *f) { return fflush(f); }

size_t fread_unlocked(void *restrict p, size_t size, size_t n, FILE *restrict f) {
  return fread(p, size, n, f);
}

size_t fwrite_unlocked(const void *restrict p, size_t size, size_t n, FILE *restrict f) {
  return fwrite(p, size, n, f);
}

int fputs_unlocked(const char *restrict s, FILE *restrict f) { return fputs(s, f); }

char *fgets_unlocked(char *restrict s, int n, FILE *restrict f) { return fgets(s, n, f); }
