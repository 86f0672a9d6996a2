// <locale.h>: setlocale's names ("C", "POSIX", "C.UTF-8" and its spellings; unknown names
// and categories give NULL and change nothing), per-category settings and their effect on
// the multibyte encoding, restoring a saved LC_ALL string, localeconv's C values.
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define S(x) ((x) ? (x) : "NULL")

static int utf8(void) {
  wchar_t w;
  mbstate_t st = {0};
  return mbrtowc(&w, "\xc3\xa9", 2, &st) == 2;
}

static void show_lconv(void) {
  struct lconv *l = localeconv();
  printf("lconv [%s][%s][%d][%s][%s][%s][%s][%d][%s][%s]", l->decimal_point, l->thousands_sep,
         l->grouping[0], l->int_curr_symbol, l->currency_symbol, l->mon_decimal_point,
         l->mon_thousands_sep, l->mon_grouping[0], l->positive_sign, l->negative_sign);
  char v[] = {l->int_frac_digits, l->frac_digits, l->p_cs_precedes, l->p_sep_by_space,
              l->n_cs_precedes, l->n_sep_by_space, l->p_sign_posn, l->n_sign_posn,
              l->int_p_cs_precedes, l->int_p_sep_by_space, l->int_n_cs_precedes,
              l->int_n_sep_by_space, l->int_p_sign_posn, l->int_n_sign_posn};
  int all_max = 1;
  for (unsigned i = 0; i < sizeof v; i++) all_max &= v[i] == CHAR_MAX;
  printf(" all CHAR_MAX=%d\n", all_max);
}

int main(void) {
  printf("initial %s utf8=%d\n", setlocale(LC_ALL, NULL), utf8());
  const char *names[] = {"POSIX", "C.utf8", "C.UTF-8", "C", "C.UTF8", "C.utf-8",
                         "fr_FR", "c", "en_US.UTF-8", "POSIX.UTF-8", "C.latin1", "C."};
  for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++) {
    char *r = setlocale(LC_ALL, names[i]);
    printf("'%s' -> %s utf8=%d ctype=%s\n", names[i], S(r), utf8(), setlocale(LC_CTYPE, NULL));
  }
  printf("bad category: %s %s\n", S(setlocale(-1, "C")), S(setlocale(99, NULL)));

  /* one category at a time: only LC_CTYPE changes the encoding */
  setlocale(LC_ALL, "C");
  printf("numeric: %s utf8=%d\n", S(setlocale(LC_NUMERIC, "C.UTF-8")), utf8());
  printf("ctype: %s utf8=%d\n", S(setlocale(LC_CTYPE, "C.UTF-8")), utf8());
  printf("time=%s collate=%s monetary=%s messages=%s\n", setlocale(LC_TIME, NULL),
         setlocale(LC_COLLATE, NULL), setlocale(LC_MONETARY, NULL),
         setlocale(LC_MESSAGES, NULL));
  /* a mixed LC_ALL name (its format is the library's) restores every category */
  char saved[512];
  snprintf(saved, sizeof saved, "%s", setlocale(LC_ALL, NULL));
  setlocale(LC_ALL, "C");
  printf("after C: ctype=%s utf8=%d\n", setlocale(LC_CTYPE, NULL), utf8());
  printf("restore ok=%d ctype=%s numeric=%s time=%s utf8=%d\n",
         setlocale(LC_ALL, saved) != NULL, setlocale(LC_CTYPE, NULL),
         setlocale(LC_NUMERIC, NULL), setlocale(LC_TIME, NULL), utf8());
  printf("same all: %s\n", S(setlocale(LC_ALL, "C.UTF-8")));
  printf("failed set keeps: %s %s\n", S(setlocale(LC_CTYPE, "xx_YY")), setlocale(LC_ALL, NULL));
  setlocale(LC_ALL, ""); /* the result depends on the environment: not printed */

  setlocale(LC_ALL, "C");
  show_lconv();
  setlocale(LC_ALL, "C.UTF-8");
  show_lconv();
  printf("localeconv stable=%d\n", localeconv() == localeconv());
  return 0;
}
