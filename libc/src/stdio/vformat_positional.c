/* POSIX positional arguments in the printf family (%2$s, %1$*3$.*4$f), kept apart from the
 * formatting core (vformat.c), which only calls __format_is_positional and, when it says yes,
 * this file's __vformat_positional.
 *
 * A first pass parses every conversion and records the type each argument number must have
 * (a number used twice with types of different sizes, a gap in the numbering, a number above
 * NL_ARGMAX (128) or an unnumbered conversion mixed in all fail with EINVAL; POSIX leaves them
 * undefined). The arguments are then fetched in order, 1, 2, ..., each with its own type. The
 * second pass rewrites each conversion without its numbers (%1$*3$d becomes %*d) and formats
 * it by calling __vformat through a variadic helper that passes the width, the precision and
 * the value again, with their proper types; va_list cannot be built any other way. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>

#include "stdio_impl.h"

#define ARGMAX 128

enum { K_NONE, K_INT, K_LONG, K_LLONG, K_DOUBLE, K_LDOUBLE, K_PTR };

union arg {
  int i;
  long l;
  long long ll;
  double d;
  long double ld;
  void *p;
};

/* One parsed conversion. */
struct spec {
  int flags;       /* the flag characters, as a set */
  int width, prec; /* -1 none */
  int width_arg, prec_arg, value_arg; /* argument numbers, 0 none */
  char len[3];     /* the length modifier as written */
  char conv;
  int kind;        /* of the value */
};

static const char flag_chars[] = "-+ #0'";

/* A decimal number; -2 when too large, -1 when there is none. */
static int number(const char **f) {
  if (**f < '0' || **f > '9') return -1;
  long long n = 0;
  for (; **f >= '0' && **f <= '9'; (*f)++)
    if ((n = n * 10 + (**f - '0')) > INT_MAX) n = (long long)INT_MAX + 1;
  return n > INT_MAX ? -2 : (int)n;
}

/* "n$" after a % or a *: the argument number, or 0 (with *f unchanged) when absent. */
static int arg_number(const char **f) {
  const char *p = *f;
  int n = number(&p);
  if (n == 0 || n == -1 || *p != '$') return 0;
  *f = p + 1;
  return n == -2 ? ARGMAX + 1 : n;
}

int __format_is_positional(const char *fmt) {
  for (; *fmt; fmt++) {
    if (*fmt != '%') continue;
    if (fmt[1] == '%') {
      fmt++;
      continue;
    }
    fmt++;
    return arg_number(&fmt) != 0;
  }
  return 0;
}

/* Parses the conversion after '%' at *f; 0 on success, else an errno value. */
static int parse(const char **f, struct spec *s) {
  const char *p = *f;
  *s = (struct spec){.width = -1, .prec = -1};
  if (!(s->value_arg = arg_number(&p))) return EINVAL;
  for (;; p++) {
    int i = 0;
    while (flag_chars[i] && flag_chars[i] != *p) i++;
    if (!flag_chars[i]) break;
    s->flags |= 1 << i;
  }
  if (*p == '*') {
    p++;
    if (!(s->width_arg = arg_number(&p))) return EINVAL;
  } else if ((s->width = number(&p)) == -2) {
    return EOVERFLOW;
  }
  if (*p == '.') {
    p++;
    if (*p == '*') {
      p++;
      if (!(s->prec_arg = arg_number(&p))) return EINVAL;
    } else if ((s->prec = number(&p)) < 0) {
      if (s->prec == -2) return EOVERFLOW;
      s->prec = 0; /* "." alone is precision 0 */
    }
  }
  int n = 0;
  if ((*p == 'h' && p[1] == 'h') || (*p == 'l' && p[1] == 'l')) s->len[n++] = *p++;
  if (*p && __builtin_strchr("hlztjLq", *p)) s->len[n++] = *p++;
  s->conv = *p++;
  char l0 = s->len[0], l1 = s->len[1];
  switch (s->conv) {
  case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
    s->kind = l0 == 'j' || l0 == 'L' || l0 == 'q' || (l0 == 'l' && l1 == 'l') ? K_LLONG
              : (l0 == 'l' || l0 == 'z' || l0 == 't') ? K_LONG : K_INT;
    break;
  case 'c': s->kind = K_INT; break;
  case 's': case 'p': case 'n': s->kind = K_PTR; break;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
    s->kind = l0 == 'L' ? K_LDOUBLE : K_DOUBLE;
    break;
  default: return EINVAL;
  }
  *f = p;
  return 0;
}

static int size_of(int kind) {
  switch (kind) {
  case K_INT: return sizeof(int);
  case K_LONG: return sizeof(long);
  case K_LLONG: return sizeof(long long);
  case K_DOUBLE: return sizeof(double) + 100; /* floating point never matches an integer */
  case K_LDOUBLE: return sizeof(long double) + 100;
  default: return -1;
  }
}

static int want(int *kinds, int *max, int n, int kind) {
  if (n > ARGMAX) return EINVAL;
  if (n > *max) *max = n;
  if (kinds[n] != K_NONE && kinds[n] != kind && size_of(kinds[n]) != size_of(kind)) return EINVAL;
  kinds[n] = kind;
  return 0;
}

static int one(struct __sink *k, const char *spec, ...) {
  va_list ap;
  va_start(ap, spec);
  int r = __vformat(k, spec, ap);
  va_end(ap);
  return r;
}

/* Formats one conversion: its text without numbers, and the values. */
static int emit(struct __sink *k, const struct spec *s, const union arg *args) {
  char text[48];
  int n = 0, stars[2], nstar = 0;
  text[n++] = '%';
  for (int i = 0; flag_chars[i]; i++)
    if (s->flags & (1 << i)) text[n++] = flag_chars[i];
  if (s->width_arg) {
    text[n++] = '*';
    stars[nstar++] = args[s->width_arg].i;
  } else if (s->width >= 0) {
    char d[12];
    int m = 0, w = s->width;
    do d[m++] = (char)('0' + w % 10); while (w /= 10);
    while (m) text[n++] = d[--m];
  }
  if (s->prec_arg) {
    text[n++] = '.';
    text[n++] = '*';
    stars[nstar++] = args[s->prec_arg].i;
  } else if (s->prec >= 0) {
    char d[12];
    int m = 0, w = s->prec;
    do d[m++] = (char)('0' + w % 10); while (w /= 10);
    text[n++] = '.';
    while (m) text[n++] = d[--m];
  }
  for (int i = 0; s->len[i]; i++) text[n++] = s->len[i];
  text[n++] = s->conv;
  text[n] = 0;
  const union arg *v = &args[s->value_arg];
#define CALL(x) \
  (nstar == 0 ? one(k, text, x) : nstar == 1 ? one(k, text, stars[0], x) \
                                             : one(k, text, stars[0], stars[1], x))
  switch (s->kind) {
  case K_INT: return CALL(v->i);
  case K_LONG: return CALL(v->l);
  case K_LLONG: return CALL(v->ll);
  case K_DOUBLE: return CALL(v->d);
  case K_LDOUBLE: return CALL(v->ld);
  default: return CALL(v->p);
  }
#undef CALL
}

int __vformat_positional(struct __sink *k, const char *fmt, va_list ap) {
  int kinds[ARGMAX + 1] = {0};
  int max = 0, e = 0;
  /* Pass 1: the type of every argument. */
  for (const char *f = fmt; *f && !e;) {
    if (*f++ != '%') continue;
    if (*f == '%') {
      f++;
      continue;
    }
    struct spec s;
    if ((e = parse(&f, &s))) break;
    e = want(kinds, &max, s.value_arg, s.kind);
    if (!e && s.width_arg) e = want(kinds, &max, s.width_arg, K_INT);
    if (!e && s.prec_arg) e = want(kinds, &max, s.prec_arg, K_INT);
  }
  for (int i = 1; i <= max && !e; i++)
    if (kinds[i] == K_NONE) e = EINVAL; /* a gap: its type is unknown */
  if (e) {
    errno = e;
    return -1;
  }
  /* The arguments, in order. */
  union arg args[ARGMAX + 1];
  for (int i = 1; i <= max; i++) {
    switch (kinds[i]) {
    case K_INT: args[i].i = va_arg(ap, int); break;
    case K_LONG: args[i].l = va_arg(ap, long); break;
    case K_LLONG: args[i].ll = va_arg(ap, long long); break;
    case K_DOUBLE: args[i].d = va_arg(ap, double); break;
    case K_LDOUBLE: args[i].ld = va_arg(ap, long double); break;
    default: args[i].p = va_arg(ap, void *); break;
    }
  }
  /* Pass 2: the output. */
  for (const char *f = fmt; *f;) {
    const char *lit = f;
    while (*f && *f != '%') f++;
    __sink_put(k, lit, (size_t)(f - lit));
    if (!*f) break;
    f++;
    if (*f == '%') {
      __sink_put(k, "%", 1);
      f++;
      continue;
    }
    struct spec s;
    parse(&f, &s);
    if (emit(k, &s, args) < 0) return -1;
  }
  if (k->error) return -1;
  if (k->len > INT_MAX) {
    errno = EOVERFLOW;
    return -1;
  }
  return (int)k->len;
}
