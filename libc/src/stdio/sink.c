/* printf's output sink: a stream (through its buffer) or a string. For strings, len counts
 * every byte produced (snprintf's result) while only the first cap are stored. */
#include <stdint.h>
#include <string.h>

#include "stdio_impl.h"

void __sink_put(struct __sink *k, const char *p, size_t n) {
  if (!n) return;
  if (k->wide) {
    k->wide(k, p, n);
    return;
  }
  if (k->f) {
    if (!k->error && __fwritex((const unsigned char *)p, n, k->f) < n) k->error = 1;
  } else if (k->len < k->cap) {
    size_t m = k->cap - k->len < n ? k->cap - k->len : n;
    __builtin_memcpy(k->s + k->len, p, m);
  }
  k->len = SIZE_MAX - k->len < n ? SIZE_MAX : k->len + n;
}

/* Padding is written from constant runs of spaces and zeros (every caller pads with one of
 * them): no buffer of its own, so padding costs no stack segment. Another character takes
 * pad_with, which fills a buffer. */
static const char spaces[32] = "                                ";
static const char zeros[32] = "00000000000000000000000000000000";

static __attribute__((noinline)) void pad_with(struct __sink *k, char c, int n) {
  char chunk[32];
  memset(chunk, c, sizeof chunk);
  for (; n > (int)sizeof chunk; n -= (int)sizeof chunk) __sink_put(k, chunk, sizeof chunk);
  __sink_put(k, chunk, (size_t)n);
}

void __sink_pad(struct __sink *k, char c, int n) {
  if (n <= 0) return;
  const char *run = c == ' ' ? spaces : c == '0' ? zeros : 0;
  if (!run) {
    pad_with(k, c, n);
    return;
  }
  for (; n > (int)sizeof spaces; n -= (int)sizeof spaces) __sink_put(k, run, sizeof spaces);
  __sink_put(k, run, (size_t)n);
}
