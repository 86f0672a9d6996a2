// EXPECT: global-buffer-overflow read
// CFLAGS: -fmswasm-field-bounds
// Intra-object overflow: caught with -fmswasm-field-bounds, which bounds a pointer to a field by the field.
// A global config struct: reading one past its small array yields the next field.
#include <stdio.h>

struct config { short ports[3]; short flags; } cfg = {{80, 443, 8080}, 7};

int main(void) {
  int s = 0;
#ifdef FIXED
  for (int i = 0; i < 3; i++)
#else
  for (int i = 0; i <= 3; i++)
#endif
    s += cfg.ports[i];  // BUG
  printf("%d\n", s);
  return 0;
}
