// EXPECT: stack-buffer-overflow write
// CFLAGS: -fmswasm-field-bounds
// Intra-object overflow: caught with -fmswasm-field-bounds, which bounds a pointer to a field by the field.
// A name field overflows into the next field of the same struct.
#include <stdio.h>
#include <string.h>

struct user { char name[8]; int uid; };

int main(void) {
  struct user u;
  u.uid = 1000;
#ifdef FIXED
  strncpy(u.name, "johnathan", sizeof u.name - 1);
  u.name[sizeof u.name - 1] = '\0';
#else
  strcpy(u.name, "johnathan");  // BUG
#endif
  printf("%d\n", u.uid == 1000);
  return 0;
}
