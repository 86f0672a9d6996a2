// EXPECT: stack-buffer-overflow write
// STDIN: name=a-value-that-is-longer-than-the-buffer
// A key=value line reader that copies the value into a fixed buffer with the source length.
#include <stdio.h>
#include <string.h>

int main(void) {
  char line[128];
  char key[16], value[16];
  if (!fgets(line, sizeof line, stdin)) return 1;
  line[strcspn(line, "\n")] = '\0';
  char *eq = strchr(line, '=');
  if (!eq) return 1;
  size_t klen = (size_t)(eq - line);
  if (klen >= sizeof key) klen = sizeof key - 1;
  memcpy(key, line, klen);
  key[klen] = '\0';
  size_t vlen = strlen(eq + 1);
#ifdef FIXED
  if (vlen >= sizeof value) vlen = sizeof value - 1;
#endif
  memcpy(value, eq + 1, vlen + 1);  // BUG
  value[vlen] = '\0';
  printf("%s -> %.8s\n", key, value);
  return 0;
}
