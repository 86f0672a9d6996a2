// qsort with many comparators: ints, doubles, strings, struct multi-key, stability emulation, reverse, bsearch.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char name[12]; int age; double salary; int seq; } Emp;

static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_abs(const void *a, const void *b) { int x = abs(*(const int *)a), y = abs(*(const int *)b); return x != y ? (x > y) - (x < y) : cmp_int(a, b); }
static int cmp_double(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
static int cmp_strlen(const void *a, const void *b) {
    size_t x = strlen(*(const char *const *)a), y = strlen(*(const char *const *)b);
    return x != y ? (x > y) - (x < y) : cmp_str(a, b);
}
static int cmp_emp(const void *a, const void *b) {
    const Emp *x = a, *y = b;
    if (x->age != y->age) return x->age - y->age;
    if (x->salary != y->salary) return x->salary < y->salary ? 1 : -1; /* salary descending */
    return x->seq - y->seq; /* stability */
}

static void print_ints(const char *label, const int *a, int n) {
    printf("%-10s", label);
    for (int i = 0; i < n; i++) printf(" %d", a[i]);
    printf("\n");
}

int main(void) {
    int a[20];
    unsigned s = 99;
    for (int i = 0; i < 20; i++) { s = s * 1103515245u + 12345u; a[i] = (int)((s >> 16) % 201) - 100; }
    print_ints("input", a, 20);
    qsort(a, 20, sizeof *a, cmp_int);
    print_ints("ascending", a, 20);
    qsort(a, 20, sizeof *a, cmp_int_desc);
    print_ints("desc", a, 20);
    qsort(a, 20, sizeof *a, cmp_abs);
    print_ints("by abs", a, 20);
    qsort(a, 20, sizeof *a, cmp_int);
    int keys[] = {a[0], a[7], a[19], 0, 1000, -1000};
    for (int i = 0; i < 6; i++) {
        int *hit = bsearch(&keys[i], a, 20, sizeof *a, cmp_int);
        printf("bsearch %d: %s\n", keys[i], hit ? "found" : "absent");
    }
    double d[] = {3.5, -1.25, 1e10, 0.0, -0.5, 2.0, 1e-10, -1e10};
    qsort(d, 8, sizeof *d, cmp_double);
    for (int i = 0; i < 8; i++) printf("%g ", d[i]);
    printf("\n");
    const char *words[] = {"pear", "fig", "banana", "kiwi", "apple", "date", "cherry", "elderberry", "grape", "lime"};
    qsort(words, 10, sizeof *words, cmp_str);
    for (int i = 0; i < 10; i++) printf("%s ", words[i]);
    printf("\n");
    qsort(words, 10, sizeof *words, cmp_strlen);
    for (int i = 0; i < 10; i++) printf("%s ", words[i]);
    printf("\n");
    Emp emps[] = {{"ann", 30, 5000, 0}, {"bob", 25, 4000, 1}, {"cid", 30, 6000, 2}, {"dee", 25, 4000, 3},
                  {"eve", 41, 9000, 4}, {"fay", 30, 5000, 5}, {"gus", 19, 1500, 6}, {"hal", 41, 9000, 7}};
    qsort(emps, 8, sizeof *emps, cmp_emp);
    for (int i = 0; i < 8; i++) printf("%s(%d,%.0f) ", emps[i].name, emps[i].age, emps[i].salary);
    printf("\n");
    /* large sort with a checksum */
    enum { N = 5000 };
    int *big = malloc(N * sizeof *big);
    for (int i = 0; i < N; i++) { s = s * 1103515245u + 12345u; big[i] = (int)(s >> 8); }
    qsort(big, N, sizeof *big, cmp_int);
    int sorted = 1;
    unsigned sum = 0;
    for (int i = 0; i < N; i++) { if (i && big[i - 1] > big[i]) sorted = 0; sum = sum * 31u + (unsigned)big[i]; }
    printf("big sorted=%d checksum %u min %d max %d\n", sorted, sum, big[0], big[N - 1]);
    free(big);
    return 0;
}
