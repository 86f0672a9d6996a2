// The wide output functions on stdout (only wide output, so stdout is wide-oriented as
// glibc requires): wprintf, putwchar, fputws, fwprintf to stdout in "C.UTF-8", where they
// write UTF-8. (glibc fixes a stream's conversion when it becomes wide, so the locale is set
// before the first wide output.)
#include <locale.h>
#include <stdio.h>
#include <wchar.h>

int main(void) {
  if (!setlocale(LC_ALL, "C.UTF-8")) return 1;
  int r = wprintf(L"ascii %d %ls %s %c|%5.2f|%-3d|%x\n", 12, L"wide", "narrow", 'c', 2.5, 7, 255);
  wprintf(L"r=%d\n", r);
  r = wprintf(L"utf-8 %ls|%lc|%s|\x20ac|%5ls|%-3lc|\n", L"\xe9t\xe9", 0x1f600, "na\xc3\xafve",
              L"\xfc", 0x3c0);
  wprintf(L"r=%d\n", r);
  putwchar(0xe9);
  putwchar(L'\n');
  fputws(L"fputws \x3b1\x3b2\x3b3\n", stdout);
  r = fwprintf(stdout, L"%ls %d\n", L"fwprintf", fwide(stdout, 0) > 0);
  wprintf(L"r=%d\n", r);
  r = wprintf(L"%s\n", "bad \xff byte");
  wprintf(L"bad narrow r=%d\n", r);
  return 0;
}
