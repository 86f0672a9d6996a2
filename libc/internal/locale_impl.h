/* Locale state shared by locale/, wchar/, wctype/ and stdio's wide output. */
#ifndef MSWASM_LOCALE_IMPL_H
#define MSWASM_LOCALE_IMPL_H

#include <stddef.h>

/* Nonzero when LC_CTYPE is "C.UTF-8" (multibyte = UTF-8); zero in the "C" locale, whose
 * multibyte characters are ASCII bytes (bytes >= 0x80 are encoding errors, as in glibc).
 * Set by setlocale. */
extern int __libc_utf8;

/* The longest multibyte character (UTF-8). Not MB_LEN_MAX: libc is compiled freestanding,
 * where Clang's limits.h does not include sysroot's and says 1. */
#define MB_MAX 4

/* The wide printf family runs the narrow core (stdio/vformat.c) on an internal byte form of
 * wide text: UTF-8 extended to every 32-bit value (surrogates and values past 0x10FFFF
 * included, 0xfe + six continuation bytes for the top ones), never seen by programs.
 * __wide_encode writes one character's 1..7 bytes; __wide_decode reads one from p[0, n):
 * the number of bytes used, 0 if they do not form a character. */
#define WIDE_ENC_MAX 7
size_t __wide_encode(char *p, unsigned wc);
size_t __wide_decode(const char *p, size_t n, unsigned *wc);

/* A wide format (wprintf, wscanf families) in the internal byte form: on the stack when
 * short, else malloc'd. __wide_format returns it, or NULL (ENOMEM); __wide_format_free
 * releases it. */
struct __wide_format {
  char *p;
  char small[256];
};
const char *__wide_format(struct __wide_format *w, const wchar_t *fmt);
void __wide_format_free(struct __wide_format *w);

#endif
