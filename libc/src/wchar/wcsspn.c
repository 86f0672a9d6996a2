/* wcsspn, wcscspn, wcspbrk: spans of characters in (or not in) a set, searched linearly. */
#include <wchar.h>

static int in_set(wchar_t c, const wchar_t *set) {
  for (; *set; set++)
    if (*set == c) return 1;
  return 0;
}

size_t wcsspn(const wchar_t *s, const wchar_t *accept) {
  size_t n = 0;
  while (s[n] && in_set(s[n], accept)) n++;
  return n;
}

size_t wcscspn(const wchar_t *s, const wchar_t *reject) {
  size_t n = 0;
  while (s[n] && !in_set(s[n], reject)) n++;
  return n;
}

wchar_t *wcspbrk(const wchar_t *s, const wchar_t *accept) {
  s += wcscspn(s, accept);
  return *s ? (wchar_t *)s : NULL;
}
