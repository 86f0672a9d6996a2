// stdarg.h with the v* functions of stdio: wrappers around vprintf, vfprintf, vsprintf,
// vsnprintf (with truncation), vsscanf and vfscanf; variadic functions reading every promoted
// type (int from char and short, double from float, long long, pointers, structures), many
// arguments, va_copy to read the list twice, a va_list passed down by pointer. Output compared
// with a native build.
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int my_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vprintf(fmt, ap);
  va_end(ap);
  return r;
}

static int my_fprintf(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

static int my_sprintf(char *buf, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsprintf(buf, fmt, ap);
  va_end(ap);
  return r;
}

static int my_snprintf(char *buf, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(buf, n, fmt, ap);
  va_end(ap);
  return r;
}

static int my_sscanf(const char *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsscanf(s, fmt, ap);
  va_end(ap);
  return r;
}

/* Formats twice from one argument list: once to measure, once into a buffer of that size. */
static char *format_twice(char *buf, size_t cap, const char *fmt, ...) {
  va_list ap, again;
  va_start(ap, fmt);
  va_copy(again, ap);
  int need = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (need < 0 || (size_t)need >= cap) {
    va_end(again);
    return NULL;
  }
  vsnprintf(buf, cap, fmt, again);
  va_end(again);
  return buf;
}

struct pair {
  int a;
  double b;
};
struct bytes {
  char c[3];
};

/* Reads arguments as described by a type string: c s i l L f d p P b */
static void typed(const char *types, ...) {
  va_list ap;
  va_start(ap, types);
  for (const char *t = types; *t; t++) {
    switch (*t) {
    case 'c': printf(" c=%d", va_arg(ap, int)); break; /* char promotes to int */
    case 's': printf(" s=%d", va_arg(ap, int)); break; /* short too */
    case 'i': printf(" i=%d", va_arg(ap, int)); break;
    case 'u': printf(" u=%u", va_arg(ap, unsigned)); break;
    case 'l': printf(" l=%ld", va_arg(ap, long)); break;
    case 'L': printf(" L=%lld", va_arg(ap, long long)); break;
    case 'f': printf(" f=%g", va_arg(ap, double)); break; /* float promotes to double */
    case 'd': printf(" d=%.17g", va_arg(ap, double)); break;
    case 'p': printf(" p=%s", va_arg(ap, const char *)); break;
    case 'P': {
      struct pair p = va_arg(ap, struct pair);
      printf(" pair=%d/%g", p.a, p.b);
      break;
    }
    case 'b': {
      struct bytes b = va_arg(ap, struct bytes);
      printf(" bytes=%c%c%c", b.c[0], b.c[1], b.c[2]);
      break;
    }
    }
  }
  va_end(ap);
  printf("\n");
}

static long long sum_n(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long long s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}

/* A va_list handed down by pointer: the callee's va_arg calls advance the caller's list. */
static int take_one(va_list *ap) { return va_arg(*ap, int); }

static void by_pointer(int n, ...) {
  va_list ap;
  va_start(ap, n);
  printf("by pointer:");
  for (int i = 0; i < n; i++) printf(" %d", take_one(&ap));
  printf("\n");
  va_end(ap);
}

int main(void) {
  int r = my_printf("vprintf: %d %s %.2f %c %lld %x\n", -5, "str", 3.14159, 'z', -(1LL << 40), 255u);
  printf("vprintf returned %d\n", r);
  r = my_fprintf(stdout, "vfprintf: [%*d] [%-*s]\n", 6, 42, 5, "ab");
  printf("vfprintf returned %d\n", r);
  char buf[64];
  r = my_sprintf(buf, "%05.1f|%+d|%#o", 2.25, 7, 8);
  printf("vsprintf %d [%s]\n", r, buf);
  memset(buf, 'x', sizeof buf);
  r = my_snprintf(buf, 6, "%s=%d", "width", 12345);
  printf("vsnprintf truncated %d [%s]\n", r, buf);
  r = my_snprintf(NULL, 0, "%d%d%d", 100, 200, 300);
  printf("vsnprintf measure %d\n", r);
  int a = 0, b = 0;
  char word[16] = "";
  double d = 0;
  r = my_sscanf("12 abc 3.5 -4", "%d %15s %lf %d", &a, word, &d, &b);
  printf("vsscanf %d: %d %s %g %d\n", r, a, word, d, b);
  char *s = format_twice(buf, sizeof buf, "%s-%d-%.3e", "twice", 99, 12345.678);
  printf("va_copy: %s\n", s ? s : "(too long)");
  s = format_twice(buf, 8, "%s", "this is far too long for eight bytes");
  printf("va_copy too long: %s\n", s ? s : "(too long)");

  char c = -3;
  short sh = -30000;
  float f = 1.25f;
  struct pair p = {17, -0.75};
  struct bytes by = {{'x', 'y', 'z'}};
  printf("typed:");
  typed("csifdLlupPbi", c, sh, 123456, f, 1e300, -1234567890123LL, -77L, 4000000000u, "ptr", p,
        by, -1);
  printf("many: %lld\n", sum_n(30, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                               19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30));
  printf("none: %lld\n", sum_n(0));
  by_pointer(4, 10, 20, 30, 40);
  return 0;
}
