// Calendar arithmetic: day of week (Zeller and day-count), leap years, days between dates, printing month grids.
#include <stdio.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int days_in_month(int y, int m) { static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}; return m == 2 && is_leap(y) ? 29 : d[m - 1]; }

/* days since 0001-01-01 (proleptic Gregorian), Monday = day 0 */
static long day_number(int y, int m, int d) {
    long n = 365L * (y - 1) + (y - 1) / 4 - (y - 1) / 100 + (y - 1) / 400;
    for (int i = 1; i < m; i++) n += days_in_month(y, i);
    return n + d - 1;
}

static int zeller(int y, int m, int d) { /* 0 = Saturday */
    if (m < 3) { m += 12; y--; }
    int k = y % 100, j = y / 100;
    return (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
}

static const char *dow_names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

static void print_month(int y, int m) {
    static const char *months[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
    printf("   %s %d\nMo Tu We Th Fr Sa Su\n", months[m - 1], y);
    int start = (int)(day_number(y, m, 1) % 7);
    for (int i = 0; i < start; i++) printf("   ");
    for (int d = 1; d <= days_in_month(y, m); d++) {
        printf("%2d%c", d, (start + d) % 7 == 0 ? '\n' : ' ');
    }
    if ((start + days_in_month(y, m)) % 7) printf("\n");
}

static void from_day_number(long n, int *y, int *m, int *d) {
    int yy = (int)(n / 366) + 1;
    while (day_number(yy + 1, 1, 1) <= n) yy++;
    long rem = n - day_number(yy, 1, 1);
    int mm = 1;
    while (rem >= days_in_month(yy, mm)) { rem -= days_in_month(yy, mm); mm++; }
    *y = yy; *m = mm; *d = (int)rem + 1;
}

int main(void) {
    int dates[][3] = {{1970, 1, 1}, {2000, 2, 29}, {2024, 7, 4}, {1969, 7, 20}, {2038, 1, 19}, {1600, 3, 1}, {2100, 12, 31}};
    for (int i = 0; i < 7; i++) {
        int y = dates[i][0], m = dates[i][1], d = dates[i][2];
        long n = day_number(y, m, d);
        int z = zeller(y, m, d);
        printf("%04d-%02d-%02d: day %ld, %s (zeller %d -> %s)\n", y, m, d, n, dow_names[n % 7], z, dow_names[(z + 5) % 7]);
    }
    printf("days from 1970-01-01 to 2038-01-19: %ld\n", day_number(2038, 1, 19) - day_number(1970, 1, 1));
    int leaps = 0;
    for (int y = 1900; y <= 2100; y++) leaps += is_leap(y);
    printf("leap years 1900..2100: %d\n", leaps);
    /* Friday the 13ths in a range */
    int f13 = 0;
    for (int y = 2000; y < 2030; y++) for (int m = 1; m <= 12; m++) f13 += day_number(y, m, 13) % 7 == 4;
    printf("Friday 13ths 2000-2029: %d\n", f13);
    print_month(2024, 2);
    print_month(2026, 11);
    int y, m, d;
    long targets[] = {0, 719162, 738000, 730000 + 59};
    for (int i = 0; i < 4; i++) { from_day_number(targets[i], &y, &m, &d); printf("day %ld = %04d-%02d-%02d\n", targets[i], y, m, d); }
    return 0;
}
