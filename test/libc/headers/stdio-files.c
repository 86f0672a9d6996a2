// SCRATCH
// stdio.h file functions: fopen modes, fwrite/fread, fseek/ftell/rewind, ungetc, feof/ferror,
// fgets, rename and remove, in a fresh directory; output compared with a native build.
#include <stdio.h>
#include <string.h>
#include <errno.h>

int main(void) {
  FILE *f = fopen("a.txt", "w");
  if (!f) { printf("fopen w failed\n"); return 1; }
  for (int i = 0; i < 5; i++) fprintf(f, "line %d: %s\n", i, i % 2 ? "odd" : "even");
  printf("ftell after writes: %ld\n", ftell(f));
  printf("fclose: %d\n", fclose(f));

  f = fopen("a.txt", "r");
  char buf[64];
  while (fgets(buf, sizeof buf, f)) printf("read: %s", buf);
  printf("feof=%d ferror=%d\n", feof(f) != 0, ferror(f) != 0);
  rewind(f);
  int c = fgetc(f);
  printf("first char %c, ungetc %c, again %c\n", c, ungetc('X', f), fgetc(f));
  fseek(f, -4, SEEK_END);
  size_t n = fread(buf, 1, sizeof buf, f);
  printf("tail %zu bytes: [%.*s]\n", n, (int)n - 1, buf);
  fseek(f, 7, SEEK_SET);
  printf("at 7: %ld, char %c\n", ftell(f), fgetc(f));
  fclose(f);

  f = fopen("a.txt", "a+");
  fputs("appended\n", f);
  fseek(f, 0, SEEK_SET);
  int lines = 0;
  while (fgets(buf, sizeof buf, f)) lines++;
  printf("lines after append: %d\n", lines);
  fclose(f);

  unsigned char bin[256];
  for (int i = 0; i < 256; i++) bin[i] = (unsigned char)(i * 7);
  f = fopen("b.bin", "wb");
  printf("fwrite: %zu\n", fwrite(bin, 1, sizeof bin, f));
  fclose(f);
  memset(bin, 0, sizeof bin);
  f = fopen("b.bin", "rb");
  printf("fread: %zu\n", fread(bin, 4, 64, f));
  int ok = 1;
  for (int i = 0; i < 256; i++) ok &= bin[i] == (unsigned char)(i * 7);
  printf("binary round trip: %s\n", ok ? "ok" : "BAD");
  printf("fread at end: %zu feof=%d\n", fread(bin, 1, 1, f), feof(f) != 0);
  fclose(f);

  printf("rename: %d\n", rename("b.bin", "c.bin"));
  printf("open old name: %s\n", fopen("b.bin", "r") ? "opened" : "NULL");
  printf("errno is ENOENT: %d\n", errno == ENOENT);
  printf("remove: %d %d\n", remove("a.txt"), remove("c.bin"));
  printf("remove again: %d\n", remove("a.txt"));
  return 0;
}
