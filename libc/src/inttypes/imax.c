/* imaxabs, imaxdiv, strtoimax, strtoumax, wcstoimax, wcstoumax: intmax_t is long long. */
#include <inttypes.h>
#include <stdlib.h>
#include <wchar.h>

intmax_t imaxabs(intmax_t x) { return x < 0 ? -x : x; }

imaxdiv_t imaxdiv(intmax_t num, intmax_t den) { return (imaxdiv_t){num / den, num % den}; }

intmax_t strtoimax(const char *restrict s, char **restrict end, int base) {
  return strtoll(s, end, base);
}

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base) {
  return strtoull(s, end, base);
}

intmax_t wcstoimax(const wchar_t *restrict s, wchar_t **restrict end, int base) {
  return wcstoll(s, end, base);
}

uintmax_t wcstoumax(const wchar_t *restrict s, wchar_t **restrict end, int base) {
  return wcstoull(s, end, base);
}
