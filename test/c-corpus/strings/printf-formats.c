// printf conversions with flags, width, precision and length modifiers.
#include <stdio.h>
#include <stdint.h>
#include <limits.h>
#include <inttypes.h>

int main(void) {
    int ints[] = {0, 1, -1, 42, -42, 12345, INT_MAX, INT_MIN};
    for (int i = 0; i < 8; i++)
        printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%8.4d] [%-+8d]\n", ints[i], ints[i], ints[i], ints[i],
               ints[i], ints[i], ints[i], ints[i], ints[i]);
    unsigned us[] = {0, 7, 255, 4096, 0xdeadbeefu, UINT_MAX};
    for (int i = 0; i < 6; i++)
        printf("[%u] [%x] [%X] [%#x] [%#o] [%o] [%08x] [%#10X] [%-#10o]\n", us[i], us[i], us[i], us[i], us[i], us[i], us[i], us[i], us[i]);
    printf("[%hhd] [%hhu] [%hd] [%hu] [%hhx]\n", (signed char)-5, (unsigned char)250, (short)-1234, (unsigned short)65000, (unsigned char)0xab);
    printf("[%ld] [%lu] [%lx]\n", -123456789L, 4000000000UL, 0xfeedfaceUL);
    printf("[%lld] [%llu] [%llx] [%020lld]\n", LLONG_MIN, ULLONG_MAX, 0x0123456789abcdefULL, -9876543210LL);
    printf("[%zu] [%zx] [%5zu]\n", (size_t)123, (size_t)255, sizeof(int));
    printf("[%" PRId64 "] [%" PRIu32 "] [%" PRIx64 "] [%" PRIi16 "]\n", -((int64_t)1 << 40), (uint32_t)3000000000u, (uint64_t)1 << 63, (int16_t)-300);
    printf("[%c] [%3c] [%-3c] [%c]\n", 'A', 'b', 'c', 48 + 7);
    const char *s = "hello, world";
    printf("[%s] [%20s] [%-20s] [%.5s] [%10.3s] [%-10.3s] [%.0s]\n", s, s, s, s, s, s, s);
    printf("[%*d] [%-*d] [%.*d] [%*.*s]\n", 6, 42, 6, 42, 4, 7, 8, 3, "abcdef");
    printf("[%%] [100%%]\n");
    double ds[] = {0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 0.000123456, 1e-10, 6.02214076e23, 100.0, 0.5};
    for (int i = 0; i < 10; i++)
        printf("[%f] [%.2f] [%10.3f] [%-10.1f] [%+.0f] [%e] [%.3E] [%g] [%.3g] [%#g] [%G]\n", ds[i], ds[i], ds[i], ds[i],
               ds[i], ds[i], ds[i], ds[i], ds[i], ds[i], ds[i]);
    printf("[%08.3f] [%+08.2f] [% .4e] [%#.0f] [%#.0e] [%.10g] [%g] [%g]\n", 3.14159, -2.5, 12345.678, 3.0, 3.0, 1.0 / 3.0, 1e5, 1e6);
    printf("[%.15g] [%.17g] [%g] [%g]\n", 0.1, 0.1, 1e-4, 1e-5);
    int n1 = 0, n2 = 0;
    n1 = printf("count me\n");
    n2 = printf("%s|%d|%5.2f\n", "x", 99, 2.25);
    printf("returned %d %d\n", n1, n2);
    return 0;
}
