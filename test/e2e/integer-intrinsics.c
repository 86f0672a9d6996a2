// The integer intrinsics C code turns into (funnel shifts and rotates, bswap, bit counting,
// overflow checks, abs/min/max, saturating arithmetic, bitreverse) at every width C reaches:
// char, short, int, long long, and _BitInt(24), _BitInt(48), _BitInt(72) and _BitInt(128).
// Issue 13: a 16-bit rotate (llvm.fshl.i16) or an 8-bit one did not compile at -O1 and above.
// The expected values are those of the same file compiled natively (clang -m32).
// REQUIRES: compiler
// RUN: mswasm-cc -O0 %s -o %t0.mswasm && mswasm run %t0.mswasm | FileCheck %s
// RUN: mswasm-cc -O1 %s -o %t1.mswasm && mswasm run %t1.mswasm | FileCheck %s
// RUN: mswasm-cc -O2 %s -o %t2.mswasm && mswasm run %t2.mswasm | FileCheck %s
// RUN: mswasm-cc -Os %s -o %ts.mswasm && mswasm run %ts.mswasm | FileCheck %s
// The optimised IR does reach the backend with these intrinsics at these widths:
// RUN: mswasm-cc -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// IR-DAG: call {{.*}}@llvm.fshl.i8(
// IR-DAG: call {{.*}}@llvm.fshl.i16(
// IR-DAG: call {{.*}}@llvm.fshr.i16(
// IR-DAG: call {{.*}}@llvm.fshr.i8(
// IR-DAG: call {{.*}}@llvm.bswap.i16(
// IR-DAG: call {{.*}}@llvm.bitreverse.i8(
// IR-DAG: call {{.*}}@llvm.bitreverse.i16(
// IR-DAG: call {{.*}}@llvm.ctpop.i8(
// IR-DAG: call {{.*}}@llvm.ctlz.i16(
// IR-DAG: call {{.*}}@llvm.cttz.i8(
// IR-DAG: call {{.*}}@llvm.ctpop.i24(
// IR-DAG: call {{.*}}@llvm.ctlz.i24(
// IR-DAG: call {{.*}}@llvm.cttz.i48(
// IR-DAG: call {{.*}}@llvm.ctlz.i72(
// IR-DAG: call {{.*}}@llvm.ctpop.i128(
// IR-DAG: call {{.*}}@llvm.cttz.i128(
// IR-DAG: call {{.*}}@llvm.sadd.with.overflow.i8(
// IR-DAG: call {{.*}}@llvm.usub.with.overflow.i16(
// IR-DAG: call {{.*}}@llvm.umul.with.overflow.i16(
// IR-DAG: call {{.*}}@llvm.smul.with.overflow.i8(
// IR-DAG: call {{.*}}@llvm.smul.with.overflow.i24(
// IR-DAG: call {{.*}}@llvm.umul.with.overflow.i48(
// IR-DAG: call {{.*}}@llvm.ssub.with.overflow.i48(
// IR-DAG: call {{.*}}@llvm.uadd.with.overflow.i128(
// IR-DAG: call {{.*}}@llvm.umul.with.overflow.i128(
// IR-DAG: call {{.*}}@llvm.smul.with.overflow.i128(
// IR-DAG: call {{.*}}@llvm.smax.i8(
// IR-DAG: call {{.*}}@llvm.umin.i16(
// IR-DAG: call {{.*}}@llvm.abs.i16(
// IR-DAG: call {{.*}}@llvm.abs.i24(
// IR-DAG: call {{.*}}@llvm.smax.i48(
// IR-DAG: call {{.*}}@llvm.smin.i128(
// IR-DAG: call {{.*}}@llvm.umax.i128(
// IR-DAG: call {{.*}}@llvm.abs.i128(
// IR-DAG: call {{.*}}@llvm.uadd.sat.i8(
// IR-DAG: call {{.*}}@llvm.usub.sat.i8(
// IR-DAG: call {{.*}}@llvm.sadd.sat.i8(
// IR-DAG: call {{.*}}@llvm.ssub.sat.i16(
// IR-DAG: call {{.*}}@llvm.uadd.sat.i16(
#include <stdint.h>
#include <stdio.h>

#define NOINLINE __attribute__((noinline))
typedef unsigned _BitInt(24) u24;
typedef _BitInt(24) s24;
typedef unsigned _BitInt(48) u48;
typedef _BitInt(48) s48;
typedef unsigned _BitInt(72) u72;
typedef unsigned _BitInt(128) u128;
typedef _BitInt(128) s128;

// ---- rotates and funnel shifts, written as shifts and as builtins
NOINLINE uint8_t rotl8(uint8_t x, unsigned n) { n &= 7; return (uint8_t)((x << n) | (x >> ((8 - n) & 7))); }
NOINLINE uint16_t rotl16(uint16_t x, unsigned n) { n &= 15; return (uint16_t)((x << n) | (x >> ((16 - n) & 15))); }
NOINLINE uint16_t rotr16(uint16_t x, unsigned n) { n &= 15; return (uint16_t)((x >> n) | (x << ((16 - n) & 15))); }
NOINLINE uint32_t rotl32(uint32_t x, unsigned n) { n &= 31; return (x << n) | (x >> ((32 - n) & 31)); }
NOINLINE uint64_t rotr64(uint64_t x, unsigned n) { n &= 63; return (x >> n) | (x << ((64 - n) & 63)); }
NOINLINE uint16_t funnel16(uint16_t hi, uint16_t lo, unsigned n) {
  n &= 15;
  return n ? (uint16_t)((hi << n) | (lo >> (16 - n))) : hi;
}
NOINLINE uint16_t funnel16r(uint16_t hi, uint16_t lo, unsigned n) {
  n &= 15;
  return n ? (uint16_t)((lo >> n) | (hi << (16 - n))) : lo;
}
NOINLINE uint8_t funnel8(uint8_t hi, uint8_t lo, unsigned n) {
  n &= 7;
  return n ? (uint8_t)((hi << n) | (lo >> (8 - n))) : hi;
}

static void rotates(void) {
  static const unsigned amounts[] = {0, 1, 3, 7, 8, 13, 31, 33, 63, 100};
  volatile uint8_t b = 0xa5;
  volatile uint16_t h = 0xbeef, h2 = 0x1234;
  volatile uint32_t w = 0x12345678u;
  volatile uint64_t d = 0x0123456789abcdefULL;
  for (unsigned i = 0; i < sizeof amounts / sizeof amounts[0]; ++i) {
    unsigned n = amounts[i];
    printf("rot %u: %x %x %x %x %llx %x %x %x\n", n, rotl8(b, n), rotl16(h, n), rotr16(h, n), rotl32(w, n),
           (unsigned long long)rotr64(d, n), funnel16(h, h2, n), funnel16r(h, h2, n), funnel8(b, 0x3c, n));
    printf("brot %u: %x %x %x %llx / %x %x %x %llx\n", n, __builtin_rotateleft8(b, (uint8_t)n),
           __builtin_rotateleft16(h, (uint16_t)n), __builtin_rotateleft32(w, n),
           (unsigned long long)__builtin_rotateleft64(d, n), __builtin_rotateright8(b, (uint8_t)n),
           __builtin_rotateright16(h, (uint16_t)n), __builtin_rotateright32(w, n),
           (unsigned long long)__builtin_rotateright64(d, n));
  }
}
// CHECK-LABEL: rot 0: a5 beef beef 12345678 123456789abcdef beef 1234 a5
// CHECK-NEXT: brot 0: a5 beef 12345678 123456789abcdef / a5 beef 12345678 123456789abcdef
// CHECK-NEXT: rot 1: 4b 7ddf df77 2468acf0 8091a2b3c4d5e6f7 7dde 891a 4a
// CHECK-NEXT: brot 1: 4b 7ddf 2468acf0 2468acf13579bde / d2 df77 91a2b3c 8091a2b3c4d5e6f7
// CHECK-NEXT: rot 3: 2d f77d f7dd 91a2b3c0 e02468acf13579bd f778 e246 29
// CHECK-NEXT: brot 3: 2d f77d 91a2b3c0 91a2b3c4d5e6f78 / b4 f7dd 2468acf e02468acf13579bd
// CHECK-NEXT: rot 7: d2 77df df7d 1a2b3c09 de02468acf13579b 7789 de24 9e
// CHECK-NEXT: brot 7: d2 77df 1a2b3c09 91a2b3c4d5e6f780 / 4b df7d f02468ac de02468acf13579b
// CHECK-NEXT: rot 8: a5 efbe efbe 34567812 ef0123456789abcd ef12 ef12 a5
// CHECK-NEXT: brot 8: a5 efbe 34567812 23456789abcdef01 / a5 efbe 78123456 ef0123456789abcd
// CHECK-NEXT: rot 13: b4 f7dd f77d 8acf0246 6f78091a2b3c4d5e e246 f778 a7
// CHECK-NEXT: brot 13: b4 f7dd 8acf0246 68acf13579bde024 / 2d f77d b3c091a2 6f78091a2b3c4d5e
// CHECK-NEXT: rot 31: d2 df77 7ddf 91a2b3c 13579bde02468acf 891a 7dde 9e
// CHECK-NEXT: brot 31: d2 df77 91a2b3c c4d5e6f78091a2b3 / 4b 7ddf 2468acf0 13579bde02468acf
// CHECK-NEXT: rot 33: 4b 7ddf df77 2468acf0 c4d5e6f78091a2b3 7dde 891a 4a
// CHECK-NEXT: brot 33: 4b 7ddf 2468acf0 13579bde02468acf / d2 df77 91a2b3c c4d5e6f78091a2b3
// CHECK-NEXT: rot 63: d2 df77 7ddf 91a2b3c 2468acf13579bde 891a 7dde 9e
// CHECK-NEXT: brot 63: d2 df77 91a2b3c 8091a2b3c4d5e6f7 / 4b 7ddf 2468acf0 2468acf13579bde
// CHECK-NEXT: rot 100: 5a eefb fbee 23456781 789abcdef0123456 eef1 f123 53
// CHECK-NEXT: brot 100: 5a eefb 23456781 9abcdef012345678 / 5a fbee 81234567 789abcdef0123456

// ---- bswap, bitreverse
NOINLINE uint16_t swap16(uint16_t x) { return (uint16_t)((x >> 8) | (x << 8)); }
static void swaps(void) {
  volatile uint16_t h = 0xbeef;
  volatile uint32_t w = 0x12345678u;
  volatile uint64_t d = 0x0123456789abcdefULL;
  volatile uint8_t b = 0x1d;
  printf("bswap: %x %x %x %llx\n", __builtin_bswap16(h), swap16(h), __builtin_bswap32(w),
         (unsigned long long)__builtin_bswap64(d));
  printf("bitreverse: %x %x %x %llx\n", __builtin_bitreverse8(b), __builtin_bitreverse16(h),
         __builtin_bitreverse32(w), (unsigned long long)__builtin_bitreverse64(d));
}
// CHECK-LABEL: bswap: efbe efbe 78563412 efcdab8967452301
// CHECK-NEXT: bitreverse: b8 f77d 1e6a2c48 f7b3d591e6a2c480

// ---- bit counting
NOINLINE int pop8(uint8_t x) { return __builtin_popcountg(x); }
NOINLINE int clz8(uint8_t x) { return __builtin_clzg(x, -1); }
NOINLINE int ctz8(uint8_t x) { return __builtin_ctzg(x, -1); }
NOINLINE int pop16(uint16_t x) { return __builtin_popcountg(x); }
NOINLINE int clz16(uint16_t x) { return __builtin_clzg(x, -1); }
NOINLINE int ctz16(uint16_t x) { return __builtin_ctzg(x, -1); }
NOINLINE int pop24(u24 x) { return __builtin_popcountg(x); }
NOINLINE int clz24(u24 x) { return __builtin_clzg(x, -1); }
NOINLINE int ctz24(u24 x) { return __builtin_ctzg(x, -1); }
NOINLINE int pop48(u48 x) { return __builtin_popcountg(x); }
NOINLINE int clz48(u48 x) { return __builtin_clzg(x, -1); }
NOINLINE int ctz48(u48 x) { return __builtin_ctzg(x, -1); }
NOINLINE int pop72(u72 x) { return __builtin_popcountg(x); }
NOINLINE int clz72(u72 x) { return __builtin_clzg(x, -1); }
NOINLINE int ctz72(u72 x) { return __builtin_ctzg(x, -1); }
NOINLINE int pop128(u128 x) { return __builtin_popcountg(x); }
NOINLINE int clz128(u128 x) { return __builtin_clzg(x, -1); }
NOINLINE int ctz128(u128 x) { return __builtin_ctzg(x, -1); }
// Counting with the classic builtins on narrow values (InstCombine narrows some of them).
NOINLINE int clzc(unsigned char c) { return __builtin_clz(c | 1u) - 24; }
NOINLINE int popll(unsigned long long x) { return __builtin_popcountll(x); }

static void counts(void) {
  static const unsigned long long v[] = {0, 1, 0x80, 0x8000, 0x123456, 0x800000, 0x800000000000ULL,
                                         0xf0f0f0f0f0f0f0f0ULL, ~0ULL};
  for (unsigned i = 0; i < sizeof v / sizeof v[0]; ++i) {
    unsigned long long x = v[i];
    u72 x72 = ((u72)x << 8) | (u72)(x >> 60);
    u128 x128 = ((u128)x << 64) | (u128)(x * 3);
    if (i == 0) x128 = 0;
    printf("count %llx: %d %d %d | %d %d %d | %d %d %d | %d %d %d | %d %d %d | %d %d %d | %d %d\n", x,
           pop8((uint8_t)x), clz8((uint8_t)x), ctz8((uint8_t)x), pop16((uint16_t)x), clz16((uint16_t)x),
           ctz16((uint16_t)x), pop24((u24)x), clz24((u24)x), ctz24((u24)x), pop48((u48)x), clz48((u48)x),
           ctz48((u48)x), pop72(x72), clz72(x72), ctz72(x72), pop128(x128), clz128(x128), ctz128(x128),
           clzc((unsigned char)x), popll(x));
  }
}
// CHECK-LABEL: count 0: 0 -1 -1 | 0 -1 -1 | 0 -1 -1 | 0 -1 -1 | 0 -1 -1 | 0 -1 -1 | 7 0
// CHECK-NEXT: count 1: 1 7 0 | 1 15 0 | 1 23 0 | 1 47 0 | 1 63 8 | 3 63 0 | 7 1
// CHECK-NEXT: count 80: 1 0 7 | 1 8 7 | 1 16 7 | 1 40 7 | 1 56 15 | 3 56 7 | 0 1
// CHECK-NEXT: count 8000: 0 -1 -1 | 1 0 15 | 1 8 15 | 1 32 15 | 1 48 23 | 3 48 15 | 7 1
// CHECK-NEXT: count 123456: 4 1 1 | 7 2 1 | 9 3 1 | 9 27 1 | 9 43 9 | 19 43 1 | 1 9
// CHECK-NEXT: count 800000: 0 -1 -1 | 0 -1 -1 | 1 0 23 | 1 24 23 | 1 40 31 | 3 40 23 | 7 1
// CHECK-NEXT: count 800000000000: 0 -1 -1 | 0 -1 -1 | 0 -1 -1 | 1 0 47 | 1 16 55 | 3 16 47 | 7 1
// CHECK-NEXT: count f0f0f0f0f0f0f0f0: 4 0 4 | 8 0 4 | 12 0 4 | 24 0 4 | 36 0 0 | 63 0 4 | 0 32
// CHECK-NEXT: count ffffffffffffffff: 8 0 0 | 16 0 0 | 24 0 0 | 48 0 0 | 68 0 0 | 127 0 0 | 0 64

// ---- overflow checks
#define OVF(T, name)                                                                     \
  NOINLINE int add_##name(T a, T b, T* r) { return __builtin_add_overflow(a, b, r); }   \
  NOINLINE int sub_##name(T a, T b, T* r) { return __builtin_sub_overflow(a, b, r); }   \
  NOINLINE int mul_##name(T a, T b, T* r) { return __builtin_mul_overflow(a, b, r); }
OVF(signed char, s8)
OVF(unsigned char, u8)
OVF(short, s16)
OVF(unsigned short, u16)
OVF(int, s32)
OVF(unsigned, u32)
OVF(long long, s64)
OVF(unsigned long long, u64)
OVF(s24, s24)
OVF(u24, u24)
OVF(s48, s48)
OVF(u48, u48)
OVF(s128, s128)
OVF(u128, u128)

#define SHOW(T, name, fmt, cast, a, b)                                                       \
  do {                                                                                      \
    T r1, r2, r3;                                                                           \
    int o1 = add_##name(a, b, &r1), o2 = sub_##name(a, b, &r2), o3 = mul_##name(a, b, &r3); \
    printf(#name " " fmt " " fmt ": %d " fmt " %d " fmt " %d " fmt "\n", cast(a), cast(b), o1, \
           cast(r1), o2, cast(r2), o3, cast(r3));                                           \
  } while (0)
// 128 bits: high and low halves in hex.
#define H(x) (unsigned long long)((u128)(x) >> 64), (unsigned long long)(x)
#define SHOW128(T, name, a, b)                                                                \
  do {                                                                                      \
    T r1, r2, r3;                                                                           \
    int o1 = add_##name(a, b, &r1), o2 = sub_##name(a, b, &r2), o3 = mul_##name(a, b, &r3); \
    printf(#name " %llx:%llx %llx:%llx: %d %llx:%llx %d %llx:%llx %d %llx:%llx\n", H(a), H(b), o1, \
           H(r1), o2, H(r2), o3, H(r3));                                                    \
  } while (0)
#define LL (long long)
#define ULL (unsigned long long)

static void overflows(void) {
  volatile int k = 1;  // keeps the operands opaque
  SHOW(signed char, s8, "%lld", LL, (signed char)(100 * k), (signed char)(27 * k));
  SHOW(signed char, s8, "%lld", LL, (signed char)(-100 * k), (signed char)(29 * k));
  SHOW(signed char, s8, "%lld", LL, (signed char)(-128 * k), (signed char)(-1 * k));
  SHOW(unsigned char, u8, "%llu", ULL, (unsigned char)(200 * k), (unsigned char)(55 * k));
  SHOW(unsigned char, u8, "%llu", ULL, (unsigned char)(16 * k), (unsigned char)(17 * k));
  SHOW(short, s16, "%lld", LL, (short)(30000 * k), (short)(-2768 * k));
  SHOW(short, s16, "%lld", LL, (short)(-181 * k), (short)(181 * k));
  SHOW(unsigned short, u16, "%llu", ULL, (unsigned short)(65535 * k), (unsigned short)(1 * k));
  SHOW(unsigned short, u16, "%llu", ULL, (unsigned short)(255 * k), (unsigned short)(257 * k));
  SHOW(int, s32, "%lld", LL, 2147483647 * k, 1 * k);
  SHOW(int, s32, "%lld", LL, -65536 * k, 32768 * k);
  SHOW(unsigned, u32, "%llu", ULL, 4000000000u * k, 300000000u * k);
  SHOW(long long, s64, "%lld", LL, -9223372036854775807LL * k - 1, -1LL * k);
  SHOW(long long, s64, "%lld", LL, 3037000499LL * k, 3037000500LL * k);
  SHOW(unsigned long long, u64, "%llu", ULL, 18446744073709551615ULL * k, 2ULL * k);
  SHOW(s24, s24, "%lld", LL, (s24)(8388607 * k), (s24)(1 * k));
  SHOW(s24, s24, "%lld", LL, (s24)(-4096 * k), (s24)(2048 * k));
  SHOW(s24, s24, "%lld", LL, (s24)(-2896 * k), (s24)(2896 * k));
  SHOW(u24, u24, "%llu", ULL, (u24)(16777215 * k), (u24)(1 * k));
  SHOW(u24, u24, "%llu", ULL, (u24)(4095 * k), (u24)(4097 * k));
  SHOW(s48, s48, "%lld", LL, (s48)(140737488355327LL * k), (s48)(-1 * k));
  SHOW(s48, s48, "%lld", LL, (s48)(-16777216LL * k), (s48)(8388608LL * k));
  SHOW(s48, s48, "%lld", LL, (s48)(-16777216LL * k), (s48)(8388609LL * k));
  SHOW(u48, u48, "%llu", ULL, (u48)(16777216ULL * k), (u48)(16777215ULL * k));
  SHOW(u48, u48, "%llu", ULL, (u48)(16777216ULL * k), (u48)(16777216ULL * k));
  SHOW(u48, u48, "%llu", ULL, (u48)(1ULL * k), (u48)(2ULL * k));
  u128 big = (u128)1 << 64;
  s128 min = (s128)((u128)1 << 127);
  SHOW128(u128, u128, big * (unsigned)k, big * (unsigned)k);
  SHOW128(u128, u128, (big - 1) * (unsigned)k, (big + 1) * (unsigned)k);
  SHOW128(u128, u128, ~(u128)0 * (unsigned)k, (u128)2 * (unsigned)k);
  SHOW128(u128, u128, (u128)k, (u128)2 * (unsigned)k);
  SHOW128(s128, s128, -(s128)big * k, (s128)big * k);
  SHOW128(s128, s128, -(s128)(big / 2) * k, (s128)(big * 2) * k);
  SHOW128(s128, s128, -(s128)(big / 2) * k, (s128)(big * 2 - 1) * k);
  SHOW128(s128, s128, (s128)-1 * k, min * k);
  SHOW128(s128, s128, min * k, (s128)-1 * k);
  SHOW128(s128, s128, (s128)-3 * k, (s128)5 * k);
}
// CHECK-LABEL: s8 100 27: 0 127 0 73 1 -116
// CHECK-NEXT: s8 -100 29: 0 -71 1 127 1 -84
// CHECK-NEXT: s8 -128 -1: 1 127 0 -127 1 -128
// CHECK-NEXT: u8 200 55: 0 255 0 145 1 248
// CHECK-NEXT: u8 16 17: 0 33 1 255 1 16
// CHECK-NEXT: s16 30000 -2768: 0 27232 1 -32768 1 -5888
// CHECK-NEXT: s16 -181 181: 0 0 0 -362 0 -32761
// CHECK-NEXT: u16 65535 1: 1 0 0 65534 0 65535
// CHECK-NEXT: u16 255 257: 0 512 1 65534 0 65535
// CHECK-NEXT: s32 2147483647 1: 1 -2147483648 0 2147483646 0 2147483647
// CHECK-NEXT: s32 -65536 32768: 0 -32768 0 -98304 0 -2147483648
// CHECK-NEXT: u32 4000000000 300000000: 1 5032704 0 3700000000 1 1652031488
// CHECK-NEXT: s64 -9223372036854775808 -1: 1 9223372036854775807 0 -9223372036854775807 1 -9223372036854775808
// CHECK-NEXT: s64 3037000499 3037000500: 0 6074000999 0 -1 0 9223372033963249500
// CHECK-NEXT: u64 18446744073709551615 2: 1 1 0 18446744073709551613 1 18446744073709551614
// CHECK-NEXT: s24 8388607 1: 1 -8388608 0 8388606 0 8388607
// CHECK-NEXT: s24 -4096 2048: 0 -2048 0 -6144 0 -8388608
// CHECK-NEXT: s24 -2896 2896: 0 0 0 -5792 0 -8386816
// CHECK-NEXT: u24 16777215 1: 1 0 0 16777214 0 16777215
// CHECK-NEXT: u24 4095 4097: 0 8192 1 16777214 0 16777215
// CHECK-NEXT: s48 140737488355327 -1: 0 140737488355326 1 -140737488355328 0 -140737488355327
// CHECK-NEXT: s48 -16777216 8388608: 0 -8388608 0 -25165824 0 -140737488355328
// CHECK-NEXT: s48 -16777216 8388609: 0 -8388607 0 -25165825 1 140737471578112
// CHECK-NEXT: u48 16777216 16777215: 0 33554431 0 1 0 281474959933440
// CHECK-NEXT: u48 16777216 16777216: 0 33554432 0 0 1 0
// CHECK-NEXT: u48 1 2: 0 3 1 281474976710655 0 2
// CHECK-NEXT: u128 1:0 1:0: 0 2:0 0 0:0 1 0:0
// CHECK-NEXT: u128 0:ffffffffffffffff 1:1: 0 2:0 1 ffffffffffffffff:fffffffffffffffe 0 ffffffffffffffff:ffffffffffffffff
// CHECK-NEXT: u128 ffffffffffffffff:ffffffffffffffff 0:2: 1 0:1 0 ffffffffffffffff:fffffffffffffffd 1 ffffffffffffffff:fffffffffffffffe
// CHECK-NEXT: u128 0:1 0:2: 0 0:3 1 ffffffffffffffff:ffffffffffffffff 0 0:2
// CHECK-NEXT: s128 ffffffffffffffff:0 1:0: 0 0:0 0 fffffffffffffffe:0 1 0:0
// CHECK-NEXT: s128 ffffffffffffffff:8000000000000000 2:0: 0 1:8000000000000000 0 fffffffffffffffd:8000000000000000 1 0:0
// CHECK-NEXT: s128 ffffffffffffffff:8000000000000000 1:ffffffffffffffff: 0 1:7fffffffffffffff 0 fffffffffffffffd:8000000000000001 1 0:8000000000000000
// CHECK-NEXT: s128 ffffffffffffffff:ffffffffffffffff 8000000000000000:0: 1 7fffffffffffffff:ffffffffffffffff 0 7fffffffffffffff:ffffffffffffffff 1 8000000000000000:0
// CHECK-NEXT: s128 8000000000000000:0 ffffffffffffffff:ffffffffffffffff: 1 7fffffffffffffff:ffffffffffffffff 0 8000000000000000:1 1 8000000000000000:0
// CHECK-NEXT: s128 ffffffffffffffff:fffffffffffffffd 0:5: 0 0:2 0 ffffffffffffffff:fffffffffffffff8 0 ffffffffffffffff:fffffffffffffff1

// ---- abs, min, max
NOINLINE signed char max8(signed char a, signed char b) { return a > b ? a : b; }
NOINLINE signed char min8(signed char a, signed char b) { return a < b ? a : b; }
NOINLINE unsigned char umax8(unsigned char a, unsigned char b) { return a > b ? a : b; }
NOINLINE unsigned char umin8(unsigned char a, unsigned char b) { return a < b ? a : b; }
NOINLINE short max16(short a, short b) { return a > b ? a : b; }
NOINLINE unsigned short umin16(unsigned short a, unsigned short b) { return a < b ? a : b; }
NOINLINE signed char abs8(signed char a) { return a < 0 ? -a : a; }
NOINLINE short abs16(short a) { return a < 0 ? -a : a; }
NOINLINE int abs32(int a) { return a < 0 ? -a : a; }
NOINLINE long long abs64(long long a) { return a < 0 ? -a : a; }
NOINLINE s24 abs24(s24 a) { return a < 0 ? -a : a; }
NOINLINE s48 max48(s48 a, s48 b) { return a > b ? a : b; }
NOINLINE u48 umin48(u48 a, u48 b) { return a < b ? a : b; }
NOINLINE s128 min128(s128 a, s128 b) { return a < b ? a : b; }
NOINLINE u128 umax128(u128 a, u128 b) { return a > b ? a : b; }
NOINLINE s128 abs128(s128 a) { return a < 0 ? -a : a; }

static void minmax(void) {
  static const long long v[][2] = {{5, -7}, {-128, 127}, {-1, 1}, {-32768, 32767}, {300, -300}};
  for (unsigned i = 0; i < sizeof v / sizeof v[0]; ++i) {
    long long a = v[i][0], b = v[i][1];
    printf("minmax %lld %lld: %d %d %u %u %d %u | %d %d %d %lld %lld | %lld %llu %lld %llu %lld\n", a, b,
           max8((signed char)a, (signed char)b), min8((signed char)a, (signed char)b),
           umax8((unsigned char)a, (unsigned char)b), umin8((unsigned char)a, (unsigned char)b),
           max16((short)a, (short)b), umin16((unsigned short)a, (unsigned short)b), abs8((signed char)a),
           abs16((short)a), abs32((int)a * 1000), abs64(a * 1000000000000LL), (long long)abs24((s24)(a * 1000)),
           (long long)max48((s48)a, (s48)b), (unsigned long long)umin48((u48)a, (u48)b),
           (long long)(min128(a * ((s128)1 << 70), b * ((s128)1 << 70)) >> 70),
           (unsigned long long)(umax128((u128)a, (u128)b) >> 64), (long long)(abs128(a * ((s128)1 << 80)) >> 80));
  }
}
// CHECK-LABEL: minmax 5 -7: 5 -7 249 5 5 5 | 5 5 5000 5000000000000 5000 | 5 5 -7 18446744073709551615 5
// CHECK-NEXT: minmax -128 127: 127 -128 128 127 127 127 | -128 128 128000 128000000000000 128000 | 127 127 -128 18446744073709551615 128
// CHECK-NEXT: minmax -1 1: 1 -1 255 1 1 1 | 1 1 1000 1000000000000 1000 | 1 1 -1 18446744073709551615 1
// CHECK-NEXT: minmax -32768 32767: 0 -1 255 0 32767 32767 | 0 -32768 32768000 32768000000000000 786432 | 32767 32767 -32768 18446744073709551615 32768
// CHECK-NEXT: minmax 300 -300: 44 -44 212 44 300 300 | 44 300 300000 300000000000000 300000 | 300 300 -300 18446744073709551615 300

// ---- saturating arithmetic
NOINLINE uint8_t uaddsat8(uint8_t a, uint8_t b) { uint8_t r = a + b; return r < a ? 255 : r; }
NOINLINE uint8_t usubsat8(uint8_t a, uint8_t b) { return a > b ? a - b : 0; }
NOINLINE uint16_t uaddsat16(uint16_t a, uint16_t b) { uint16_t r = a + b; return r < a ? 65535 : r; }
NOINLINE uint16_t usubsat16(uint16_t a, uint16_t b) { return a > b ? a - b : 0; }
NOINLINE uint32_t uaddsat32(uint32_t a, uint32_t b) { uint32_t r = a + b; return r < a ? ~0u : r; }
NOINLINE uint64_t usubsat64(uint64_t a, uint64_t b) { return a > b ? a - b : 0; }
NOINLINE int8_t saddsat8(int8_t a, int8_t b) { int t = a + b; return t > 127 ? 127 : t < -128 ? -128 : t; }
NOINLINE int8_t ssubsat8(int8_t a, int8_t b) { int t = a - b; return t > 127 ? 127 : t < -128 ? -128 : t; }
NOINLINE int16_t saddsat16(int16_t a, int16_t b) { int t = a + b; return t > 32767 ? 32767 : t < -32768 ? -32768 : t; }
NOINLINE int16_t ssubsat16(int16_t a, int16_t b) { int t = a - b; return t > 32767 ? 32767 : t < -32768 ? -32768 : t; }
NOINLINE int32_t saddsat32(int32_t a, int32_t b) {
  long long t = (long long)a + b;
  return t > 2147483647 ? 2147483647 : t < -2147483647 - 1 ? -2147483647 - 1 : (int32_t)t;
}

static void saturating(void) {
  static const int v[][2] = {{100, 27}, {100, 28}, {-100, 29}, {-128, 1}, {200, 100}, {30000, 5000}, {-30000, 5000}, {20000, 1000}, {-20000, -1000}};
  for (unsigned i = 0; i < sizeof v / sizeof v[0]; ++i) {
    int a = v[i][0], b = v[i][1];
    printf("sat %d %d: %u %u %u %u %u %llu | %d %d %d %d %d\n", a, b, uaddsat8((uint8_t)a, (uint8_t)b),
           usubsat8((uint8_t)a, (uint8_t)b), uaddsat16((uint16_t)a, (uint16_t)(b * 13)),
           usubsat16((uint16_t)a, (uint16_t)b), uaddsat32((uint32_t)a * 100000u, (uint32_t)b * 100000u),
           (unsigned long long)usubsat64((uint64_t)(long long)a, (uint64_t)(long long)b),
           saddsat8((int8_t)a, (int8_t)b), ssubsat8((int8_t)a, (int8_t)b), saddsat16((int16_t)a, (int16_t)(b * 7)),
           ssubsat16((int16_t)a, (int16_t)(b * 7)), saddsat32((int32_t)((uint32_t)a * 100000u), (int32_t)((uint32_t)b * 1000000u)));
  }
}
// CHECK-LABEL: sat 100 27: 127 73 451 73 12700000 73 | 127 73 289 -89 37000000
// CHECK-NEXT: sat 100 28: 128 72 464 72 12800000 72 | 127 72 296 -96 38000000
// CHECK-NEXT: sat -100 29: 185 127 65535 65407 4287867296 18446744073709551487 | -71 -128 103 -303 19000000
// CHECK-NEXT: sat -128 1: 129 127 65421 65407 4282267296 18446744073709551487 | -127 -128 -121 -135 -11800000
// CHECK-NEXT: sat 200 100: 255 100 1500 100 30000000 100 | 44 -128 900 -500 120000000
// CHECK-NEXT: sat 30000 5000: 184 0 65535 25000 3500000000 25000 | -72 127 -536 32767 -589934592
// CHECK-NEXT: sat -30000 5000: 255 72 65535 30536 1794967296 18446744073709516616 | -128 72 -32768 536 2000000000
// CHECK-NEXT: sat 20000 1000: 255 0 33000 19000 2100000000 19000 | 8 56 27000 13000 2147483647
// CHECK-NEXT: sat -20000 -1000: 248 200 65535 0 4294967295 0 | -8 -56 -27000 -13000 -2147483648

int main(void) {
  rotates();
  swaps();
  counts();
  overflows();
  minmax();
  saturating();
  return 0;
}

