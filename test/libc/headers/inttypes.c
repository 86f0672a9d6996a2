// inttypes.h: every PRI macro on the limits of its type, SCN macros reading them back (the
// FAST and LEAST types included, whatever their width), imaxabs, imaxdiv with all signs,
// strtoimax/strtoumax with overflow (ERANGE) and end pointers. Output compared with a native
// build.
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#define SHOW(type, pri, scn, value)                                                        \
  do {                                                                                     \
    type v = (value), back = 0;                                                            \
    char buf[64];                                                                          \
    snprintf(buf, sizeof buf, "%" pri, v);                                                 \
    int r = sscanf(buf, "%" scn, &back);                                                   \
    printf("%-14s %-10s [%s] scan %d %s\n", #type, #pri, buf, r,                           \
           back == v ? "same" : "DIFFERENT");                                              \
  } while (0)

int main(void) {
  SHOW(int8_t, PRId8, SCNd8, INT8_MIN);
  SHOW(int8_t, PRIi8, SCNi8, INT8_MAX);
  SHOW(uint8_t, PRIu8, SCNu8, UINT8_MAX);
  SHOW(uint8_t, PRIo8, SCNo8, UINT8_MAX);
  SHOW(uint8_t, PRIx8, SCNx8, 0xab);
  SHOW(uint8_t, PRIX8, SCNx8, 0xcd);
  SHOW(int16_t, PRId16, SCNd16, INT16_MIN);
  SHOW(int16_t, PRIi16, SCNi16, INT16_MAX);
  SHOW(uint16_t, PRIu16, SCNu16, UINT16_MAX);
  SHOW(uint16_t, PRIo16, SCNo16, UINT16_MAX);
  SHOW(uint16_t, PRIx16, SCNx16, 0xbeef);
  SHOW(int32_t, PRId32, SCNd32, INT32_MIN);
  SHOW(int32_t, PRIi32, SCNi32, INT32_MAX);
  SHOW(uint32_t, PRIu32, SCNu32, UINT32_MAX);
  SHOW(uint32_t, PRIo32, SCNo32, UINT32_MAX);
  SHOW(uint32_t, PRIX32, SCNx32, 0xdeadbeef);
  SHOW(int64_t, PRId64, SCNd64, INT64_MIN);
  SHOW(int64_t, PRIi64, SCNi64, INT64_MAX);
  SHOW(uint64_t, PRIu64, SCNu64, UINT64_MAX);
  SHOW(uint64_t, PRIo64, SCNo64, UINT64_MAX);
  SHOW(uint64_t, PRIx64, SCNx64, 0x0123456789abcdefull);
  SHOW(int_least8_t, PRIdLEAST8, SCNdLEAST8, INT_LEAST8_MIN);
  SHOW(int_least16_t, PRIdLEAST16, SCNdLEAST16, INT_LEAST16_MIN);
  SHOW(int_least32_t, PRIdLEAST32, SCNdLEAST32, INT_LEAST32_MIN);
  SHOW(int_least64_t, PRIdLEAST64, SCNdLEAST64, INT_LEAST64_MIN);
  SHOW(uint_least8_t, PRIuLEAST8, SCNuLEAST8, UINT_LEAST8_MAX);
  SHOW(uint_least16_t, PRIxLEAST16, SCNxLEAST16, UINT_LEAST16_MAX);
  SHOW(uint_least32_t, PRIoLEAST32, SCNoLEAST32, UINT_LEAST32_MAX);
  SHOW(uint_least64_t, PRIuLEAST64, SCNuLEAST64, UINT_LEAST64_MAX);
  /* the fast types' widths may differ from glibc's: print values every width holds */
  SHOW(int_fast8_t, PRIdFAST8, SCNdFAST8, -100);
  SHOW(int_fast16_t, PRIdFAST16, SCNdFAST16, -30000);
  SHOW(int_fast32_t, PRIdFAST32, SCNdFAST32, INT32_MIN);
  SHOW(int_fast64_t, PRIdFAST64, SCNdFAST64, INT64_MIN);
  SHOW(uint_fast8_t, PRIuFAST8, SCNuFAST8, 200);
  SHOW(uint_fast16_t, PRIxFAST16, SCNxFAST16, 60000);
  SHOW(uint_fast32_t, PRIuFAST32, SCNuFAST32, UINT32_MAX);
  SHOW(uint_fast64_t, PRIXFAST64, SCNxFAST64, UINT64_MAX);
  SHOW(intmax_t, PRIdMAX, SCNdMAX, INTMAX_MIN);
  SHOW(intmax_t, PRIiMAX, SCNiMAX, INTMAX_MAX);
  SHOW(uintmax_t, PRIuMAX, SCNuMAX, UINTMAX_MAX);
  SHOW(uintmax_t, PRIxMAX, SCNxMAX, UINTMAX_MAX);
  /* intptr_t holds an address's integer: only values a 32-bit intptr_t holds */
  SHOW(intptr_t, PRIdPTR, SCNdPTR, -123456);
  SHOW(uintptr_t, PRIuPTR, SCNuPTR, 4000000000u);
  SHOW(uintptr_t, PRIxPTR, SCNxPTR, 0xfeedfaceu);
  SHOW(uintptr_t, PRIoPTR, SCNoPTR, 0777u);
  printf("widths of int8..64 least: %zu %zu %zu %zu\n", sizeof(int_least8_t),
         sizeof(int_least16_t), sizeof(int_least32_t), sizeof(int_least64_t));
  printf("intmax_t bits %zu\n", sizeof(intmax_t) * 8);

  printf("imaxabs %jd %jd %jd\n", imaxabs(-5), imaxabs(INTMAX_MIN + 1), imaxabs(0));
  intmax_t nums[] = {17, -17, INTMAX_MAX, INTMAX_MIN};
  intmax_t dens[] = {5, -5, 1, INTMAX_MAX};
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) {
      imaxdiv_t d = imaxdiv(nums[i], dens[j]);
      printf("imaxdiv(%jd, %jd) = %jd, %jd\n", nums[i], dens[j], d.quot, d.rem);
    }

  const char *in[] = {"9223372036854775807",  "9223372036854775808", "-9223372036854775808",
                      "-9223372036854775809", "18446744073709551615", "18446744073709551616",
                      "-1",                   "  0x7fffffffffffffffz", "0777", "junk", "-0"};
  for (unsigned i = 0; i < sizeof in / sizeof *in; i++) {
    char *e;
    errno = 0;
    intmax_t s = strtoimax(in[i], &e, 0);
    int es = errno;
    long os = (long)(e - in[i]);
    errno = 0;
    uintmax_t u = strtoumax(in[i], &e, 0);
    printf("[%s] strtoimax %jd errno %d end %ld; strtoumax %ju errno %d end %ld\n", in[i], s, es,
           os, u, errno, (long)(e - in[i]));
  }
  char *e;
  printf("strtoimax base 36 %jd, base 2 %jd\n", strtoimax("zz", &e, 36), strtoimax("-101", &e, 2));
  return 0;
}
