// ctype.h: every classification function and tolower/toupper over EOF (-1) and 0..255 in the
// C locale (only ASCII is classified; 128..255 belong to no class and map to themselves).
// Printed compactly: one line per function, a character per argument. Output compared with a
// native build.
#include <ctype.h>
#include <stdio.h>

typedef int (*classify)(int);

static void row(const char *name, classify f) {
  /* '1' or '0' per argument from -1 to 255, in lines of 64 */
  printf("%-8s", name);
  for (int c = -1; c < 256; c++) {
    putchar(f(c) ? '1' : '0');
    if ((c + 2) % 64 == 0) printf("\n        ");
  }
  printf("\n");
}

/* The functions through pointers, so the library's versions run even if the header uses
 * macros. */
static int f_isalnum(int c) { return (isalnum)(c); }
static int f_isalpha(int c) { return (isalpha)(c); }
static int f_isblank(int c) { return (isblank)(c); }
static int f_iscntrl(int c) { return (iscntrl)(c); }
static int f_isdigit(int c) { return (isdigit)(c); }
static int f_isgraph(int c) { return (isgraph)(c); }
static int f_islower(int c) { return (islower)(c); }
static int f_isprint(int c) { return (isprint)(c); }
static int f_ispunct(int c) { return (ispunct)(c); }
static int f_isspace(int c) { return (isspace)(c); }
static int f_isupper(int c) { return (isupper)(c); }
static int f_isxdigit(int c) { return (isxdigit)(c); }

int main(void) {
  row("isalnum", f_isalnum);
  row("isalpha", f_isalpha);
  row("isblank", f_isblank);
  row("iscntrl", f_iscntrl);
  row("isdigit", f_isdigit);
  row("isgraph", f_isgraph);
  row("islower", f_islower);
  row("isprint", f_isprint);
  row("ispunct", f_ispunct);
  row("isspace", f_isspace);
  row("isupper", f_isupper);
  row("isxdigit", f_isxdigit);
  /* the macro forms too (the header may define them) */
  row("isalpha*", isalpha);
  int mism = 0;
  for (int c = -1; c < 256; c++) {
    mism += !!isalnum(c) != !!f_isalnum(c);
    mism += !!isdigit(c) != !!f_isdigit(c);
    mism += !!isspace(c) != !!f_isspace(c);
    mism += !!ispunct(c) != !!f_ispunct(c);
    mism += !!isxdigit(c) != !!f_isxdigit(c);
    mism += tolower(c) != (tolower)(c);
    mism += toupper(c) != (toupper)(c);
  }
  printf("macro/function mismatches %d\n", mism);
  /* tolower and toupper: every argument whose result differs, and EOF */
  printf("tolower(EOF) %d toupper(EOF) %d\n", tolower(EOF), toupper(EOF));
  int changed = 0;
  for (int c = -1; c < 256; c++) {
    if (tolower(c) != c) {
      printf("%c", tolower(c));
      changed++;
    }
  }
  printf(" (%d lowered)\n", changed);
  changed = 0;
  for (int c = -1; c < 256; c++) {
    if (toupper(c) != c) {
      printf("%c", toupper(c));
      changed++;
    }
  }
  printf(" (%d raised)\n", changed);
  printf("toupper(0xe9) %d tolower(0xc9) %d\n", toupper(0xe9), tolower(0xc9));
  return 0;
}
