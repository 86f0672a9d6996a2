/* Calendar arithmetic shared by gmtime, mktime and strftime (proleptic Gregorian calendar,
 * days counted from 1970-01-01, floor division so that negative times work). */
#ifndef MSWASM_TIME_IMPL_H
#define MSWASM_TIME_IMPL_H

#include <time.h>

/* Days from 1970-01-01 to year-month-day (month 1-12, day 1-31; year any value). */
long long __days_from_civil(long long year, int month, int day);
/* Fills *tm (tm_zone "UTC", no DST) for t seconds since the epoch; NULL with EOVERFLOW when
 * the year does not fit tm_year. */
struct tm *__secs_to_tm(time_t t, struct tm *tm);
/* The time the fields of *tm denote, normalised as mktime does (fields written back); -1 with
 * EOVERFLOW when the result does not fit struct tm. */
time_t __tm_normalise(struct tm *tm);

static inline int __is_leap(long long y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

#endif
