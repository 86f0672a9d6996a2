// EXPECT: stack-buffer-overflow write
// CFLAGS: -fmswasm-field-bounds
// Intra-object overflow: caught with -fmswasm-field-bounds, which bounds a pointer to a field by the field.
// A 2-char code field is filled with 3 characters, writing into the next element's first byte.
#include <stdio.h>

struct code { char c[2]; char kind; };

int main(void) {
  struct code codes[2] = {{{'a', 'b'}, 'x'}, {{'c', 'd'}, 'y'}};
  const char *src = "XYZ";
#ifdef FIXED
  for (int i = 0; i < 2; i++)
#else
  for (int i = 0; i < 3; i++)
#endif
    codes[0].c[i] = src[i];  // BUG
  printf("%c\n", codes[0].kind);
  return 0;
}
