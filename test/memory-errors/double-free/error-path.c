// EXPECT: double-free
// An error path frees a buffer and the common clean-up frees it again.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int process(const char *in) {
  char *buf = malloc(16);
  int rc = 0;
  if (strlen(in) >= 16) {
    free(buf);
#ifdef FIXED
    buf = NULL;
#endif
    rc = -1;
    goto out;
  }
  strcpy(buf, in);
out:
  free(buf);  // BUG
  return rc;
}

int main(void) {
  printf("%d\n", process("short"));
  printf("%d\n", process("a string that is far too long"));
  return 0;
}
