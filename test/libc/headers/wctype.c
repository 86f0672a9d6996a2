// <wctype.h>: every class and case mapping over ASCII and Latin-1 in the "C" locale (ASCII
// only) and in "C.UTF-8" (Latin-1 as Unicode), plus Unicode spaces and a few case pairs of
// Latin Extended-A, Greek and Cyrillic; wctype/wctrans names, WEOF.
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <wctype.h>

static const char *names[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
                              "lower", "print", "punct", "space", "upper", "xdigit"};

static void ranges(wctype_t t, unsigned lo, unsigned hi) {
  int in = 0;
  unsigned start = 0;
  for (unsigned w = lo; w <= hi + 1; w++) {
    int v = w <= hi && iswctype((wint_t)w, t);
    if (v && !in) start = w;
    if (!v && in) printf(" %x-%x", start, w - 1);
    in = v;
  }
}

static void run(void) {
  for (int c = 0; c < 12; c++) {
    wctype_t t = wctype(names[c]);
    printf("%s:", names[c]);
    ranges(t, 0, 0xff);
    printf("\n");
  }
  /* the named functions agree with iswctype */
  int (*fns[])(wint_t) = {iswalnum, iswalpha, iswblank, iswcntrl, iswdigit, iswgraph,
                          iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit};
  int mismatches = 0;
  for (int c = 0; c < 12; c++)
    for (unsigned w = 0; w < 0x180; w++)
      if (!fns[c]((wint_t)w) != !iswctype((wint_t)w, wctype(names[c]))) mismatches++;
  printf("function/iswctype mismatches: %d\n", mismatches);

  printf("towupper:");
  for (unsigned w = 0; w < 0x180; w++)
    if (towupper((wint_t)w) != (wint_t)w) printf(" %x>%x", w, (unsigned)towupper((wint_t)w));
  printf("\ntowlower:");
  for (unsigned w = 0; w < 0x180; w++)
    if (towlower((wint_t)w) != (wint_t)w) printf(" %x>%x", w, (unsigned)towlower((wint_t)w));
  printf("\n");

  static const unsigned probes[] = {0x85,   0xa0,   0x1680, 0x2000, 0x2007, 0x2008, 0x200a,
                                    0x2028, 0x2029, 0x205f, 0x3000, 0x391,  0x3b1,  0x3c2,
                                    0x3a3,  0x410,  0x44f,  0x401,  0x451,  0xff21, 0xff41};
  for (unsigned i = 0; i < sizeof probes / sizeof probes[0]; i++) {
    wint_t w = probes[i];
    printf("%x: space=%d blank=%d cntrl=%d upper=%d lower=%d up=%x low=%x\n", (unsigned)w,
           iswspace(w) != 0, iswblank(w) != 0, iswcntrl(w) != 0, iswupper(w) != 0,
           iswlower(w) != 0, (unsigned)towupper(w), (unsigned)towlower(w));
  }

  printf("WEOF: alpha=%d print=%d up=%d low=%d\n", iswalpha(WEOF), iswprint(WEOF),
         towupper(WEOF) == WEOF, towlower(WEOF) == WEOF);
  printf("wctype bad: %d %d\n", wctype("bogus") == 0, wctype("") == 0);
  wctrans_t up = wctrans("toupper"), low = wctrans("tolower");
  printf("wctrans: %d %d bad=%d\n", up != 0, low != 0, wctrans("tofoo") == 0);
  printf("towctrans: %x %x %x %x\n", (unsigned)towctrans(L'a', up), (unsigned)towctrans(L'Q', low),
         (unsigned)towctrans(0xe9, up), (unsigned)towctrans(0xc9, low));
}

int main(void) {
  printf("== C\n");
  run();
  if (!setlocale(LC_CTYPE, "C.UTF-8")) return 1;
  printf("== C.UTF-8\n");
  run();
  return 0;
}
