// EXPECT: heap-buffer-overflow write
// A CSV line splitter: the field array is sized by counting commas, forgetting the last field.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **split(char *line, int *nfields) {
  int commas = 0;
  for (char *p = line; *p; p++)
    if (*p == ',') commas++;
#ifdef FIXED
  char **fields = malloc((commas + 1) * sizeof *fields);
#else
  char **fields = malloc(commas * sizeof *fields);
#endif
  int n = 0;
  char *start = line;
  for (char *p = line;; p++) {
    if (*p == ',' || *p == '\0') {
      int end = (*p == '\0');
      *p = '\0';
      fields[n++] = start;  // BUG
      if (end) break;
      start = p + 1;
    }
  }
  *nfields = n;
  return fields;
}

int main(void) {
  char line[] = "id,name,price,stock";
  int n;
  char **f = split(line, &n);
  for (int i = 0; i < n; i++) printf("%d:%s\n", i, f[i]);
  free(f);
  return 0;
}
