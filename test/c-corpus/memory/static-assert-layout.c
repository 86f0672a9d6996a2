// _Static_assert, offsetof and sizeof on pointer-free structs with wasm32 layout (-malign-double), _Alignas, padding.
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <limits.h>

typedef struct { char c; int i; } A;             /* 1 + 3 pad + 4 */
typedef struct { char c; double d; } B;          /* double aligned to 8 on wasm32 */
typedef struct { char c; int64_t q; char e; } C;
typedef struct { uint8_t a; uint16_t b; uint8_t c; uint32_t d; } D;
typedef struct { char tag; _Alignas(16) int x; } E;
typedef struct { short s[3]; char c; } F;
typedef union { char c; double d; int i[3]; } U;

_Static_assert(sizeof(int) == 4, "int is 32 bits");
_Static_assert(sizeof(long long) == 8, "long long is 64 bits");
_Static_assert(CHAR_BIT == 8, "bytes are octets");
_Static_assert(sizeof(A) == 8 && offsetof(A, i) == 4, "A layout");
_Static_assert(sizeof(B) == 16 && offsetof(B, d) == 8, "B layout (align-double)");
_Static_assert(sizeof(C) == 24, "C layout");
_Static_assert(sizeof(D) == 12 && offsetof(D, d) == 8, "D layout");
_Static_assert(_Alignof(E) == 16 && sizeof(E) == 32, "E layout");
_Static_assert(sizeof(F) == 8, "F layout");
_Static_assert(sizeof(U) == 16, "U layout");
#if LONG_MAX == 2147483647L /* the ILP32 targets this corpus is compared on */
_Static_assert(sizeof(long) == 4, "long is 32 bits on ILP32 targets");
_Static_assert(sizeof(size_t) == 4, "size_t is 32 bits");
#endif

#define SHOW(T) printf("%-2s size %2zu align %2zu\n", #T, sizeof(T), _Alignof(T))

int main(void) {
    SHOW(A); SHOW(B); SHOW(C); SHOW(D); SHOW(E); SHOW(F); SHOW(U);
    printf("offsets: C.q=%zu C.e=%zu D.b=%zu D.c=%zu D.d=%zu E.x=%zu\n", offsetof(C, q), offsetof(C, e), offsetof(D, b), offsetof(D, c), offsetof(D, d), offsetof(E, x));
    D arr[4];
    printf("array of D: %zu bytes, element stride %d\n", sizeof arr, (int)((char *)&arr[1] - (char *)&arr[0]));
    _Alignas(8) char buf[24];
    for (int i = 0; i < 24; i++) buf[i] = (char)i;
    int sum = 0;
    for (int i = 0; i < 24; i++) sum += buf[i];
    printf("aligned buffer sum %d\n", sum);
    printf("limits: %d %d %u %ld %lld %llu\n", INT_MIN, INT_MAX, UINT_MAX, LONG_MAX, LLONG_MIN, ULLONG_MAX);
    printf("fixed: %d %d %u %llu\n", INT8_MIN, INT16_MAX, UINT32_MAX, (unsigned long long)UINT64_MAX);
    printf("ptrdiff/size limits: %zu\n", SIZE_MAX);
    return 0;
}
