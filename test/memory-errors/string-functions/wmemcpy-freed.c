// EXPECT: use-after-free read
// wmemcpy from a wide-string cache entry that was freed when the cache was reset.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

static wchar_t *cache;

static const wchar_t *lookup(void) {
  if (!cache) {
    cache = malloc(8 * sizeof *cache);
    wmemcpy(cache, L"cached!", 8);
  }
  return cache;
}

static void reset(void) {
  free(cache);
#ifdef FIXED
  cache = NULL;
#endif
}

int main(void) {
  const wchar_t *entry = lookup();
  reset();
#ifdef FIXED
  entry = lookup();
#endif
  wchar_t copy[8];
  wmemcpy(copy, entry, 8);  // BUG
  printf("%d\n", (int)wcslen(copy));
  free(cache);
  return 0;
}
