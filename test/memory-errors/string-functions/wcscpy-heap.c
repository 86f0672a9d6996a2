// EXPECT: heap-buffer-overflow write
// wcscpy into a heap buffer of wcslen(s) wide characters, with no room for the null.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

static wchar_t *wide_dup(const wchar_t *s) {
#ifdef FIXED
  wchar_t *d = malloc((wcslen(s) + 1) * sizeof *d);
#else
  wchar_t *d = malloc(wcslen(s) * sizeof *d);
#endif
  wcscpy(d, s);  // BUG
  return d;
}

int main(void) {
  wchar_t *d = wide_dup(L"memory");
  printf("%d\n", (int)wcslen(d));
  free(d);
  return 0;
}
