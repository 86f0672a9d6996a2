// EXPECT: stack-buffer-overflow write
// STDIN: this input line is longer than twenty bytes
// A gets-like loop with getchar that never checks the buffer size.
#include <stdio.h>

static int read_line(char *buf, int size) {
  int c, n = 0;
  while ((c = getchar()) != EOF && c != '\n') {
#ifdef FIXED
    if (n == size - 1) break;
#endif
    buf[n++] = (char)c;  // BUG
  }
  buf[n] = '\0';
  return n;
}

int main(void) {
  char line[20];
  int n = read_line(line, sizeof line);
  printf("%d %s\n", n, line);
  return 0;
}
