// Bit-fields in packed structs whose fields do not start on byte boundaries: Clang accesses the
// whole run as one integer of 136, 168 or more bits (what Csmith generates), which the code
// generator splits into 64-bit limbs. Reads, writes, signed fields, increments and copies.
#include <stdio.h>
#include <string.h>

#pragma pack(push, 1)
struct S0 {
  signed f0 : 29;
  signed f1 : 30;
  const signed f2 : 8;
  volatile signed f3 : 20;
  signed f4 : 19;
  unsigned f5 : 30;
  signed f6 : 4;
  const unsigned f7 : 9;
};
struct S1 {
  unsigned a : 31;
  signed b : 31;
  unsigned c : 31;
  signed d : 31;
  unsigned e : 31;
  signed f : 13;
};
#pragma pack(pop)

static struct S0 g0 = {-15662, -10098, -3, 751, 706, 24924, 3, 4};
static struct S1 g1 = {0x7fffffff, -1, 12345, -1073741824, 99, -4096};

static unsigned long long mix(unsigned long long h, long long v) { return (h ^ (unsigned long long)v) * 0x100000001b3ULL; }

int main(void) {
  printf("sizes %zu %zu\n", sizeof g0, sizeof g1);
  printf("g0 %d %d %d %d %d %u %d %u\n", g0.f0, g0.f1, g0.f2, g0.f3, g0.f4, g0.f5, g0.f6, g0.f7);
  printf("g1 %u %d %u %d %u %d\n", g1.a, g1.b, g1.c, g1.d, g1.e, g1.f);
  unsigned long long h = 1469598103934665603ULL;
  for (int i = 0; i < 1000; i++) {
    g0.f0 += i * 7;
    g0.f1 ^= i << 3;
    g0.f3 = g0.f3 - i;
    g0.f4 = (g0.f4 * 3 + i) % 100000;
    g0.f5 += (unsigned)i * 2654435761u;
    g0.f6 = g0.f6 + 1;
    g1.b = g1.b - i * 13;
    g1.d ^= (int)((unsigned)i * 0x1234567u);
    g1.f = g1.f + i;
    g1.e = (unsigned)g1.e * 5u + 1u;
    h = mix(h, g0.f0); h = mix(h, g0.f1); h = mix(h, g0.f3); h = mix(h, g0.f4);
    h = mix(h, g0.f5); h = mix(h, g0.f6); h = mix(h, g1.b); h = mix(h, g1.d);
    h = mix(h, g1.e); h = mix(h, g1.f);
  }
  struct S0 copy = g0;
  struct S1 c1;
  memcpy(&c1, &g1, sizeof c1);
  printf("after %d %d %d %d %u %d | %d %d %u %d\n", copy.f0, copy.f1, copy.f3, copy.f4, copy.f5, copy.f6,
         c1.b, c1.d, c1.e, c1.f);
  printf("untouched %d %u %u %u\n", copy.f2, copy.f7, c1.a, c1.c);
  printf("hash %016llx\n", h);
  printf("equal %d\n", memcmp(&copy, &g0, sizeof copy) == 0);
  return 0;
}
