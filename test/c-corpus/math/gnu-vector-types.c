// GNU vector types (__attribute__((vector_size))) as real code uses them: SIMD-style helpers
// passed and returned by value, through function pointers, in structs and arrays, loaded and
// stored through pointers, bit-cast to scalars, shuffled, compared, converted and reduced.
// Issue 13: vector parameters and most vector operations did not compile.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int32_t v4i __attribute__((vector_size(16)));
typedef uint32_t v4u __attribute__((vector_size(16)));
typedef uint8_t v4b __attribute__((vector_size(4)));
typedef uint8_t v16b __attribute__((vector_size(16)));
typedef int16_t v8s __attribute__((vector_size(16)));
typedef float v4f __attribute__((vector_size(16)));
typedef double v2d __attribute__((vector_size(16)));
typedef int64_t v2l __attribute__((vector_size(16)));
typedef float v8f __attribute__((vector_size(32)));
typedef uint64_t v2u64 __attribute__((vector_size(16)));

static void print4i(const char* what, v4i v) { printf("%s %d %d %d %d\n", what, v[0], v[1], v[2], v[3]); }
static void print4f(const char* what, v4f v) { printf("%s %.3f %.3f %.3f %.3f\n", what, v[0], v[1], v[2], v[3]); }

__attribute__((noinline)) v4i madd(v4i a, v4i b, v4i c) { return a * b + c; }
__attribute__((noinline)) v4b mix(v4b a, v4b b) { return (a ^ b) + (v4b){1, 2, 3, 4}; }
__attribute__((noinline)) v4f scale(v4f a, float s) { return a * s; }
__attribute__((noinline)) v2d divide(v2d a, v2d b) { return a / b; }
__attribute__((noinline)) int dot(v4i a, v4i b) {
  v4i p = a * b;
  return p[0] + p[1] + p[2] + p[3];
}
static v4i (*pick(int which))(v4i, v4i, v4i) { return which ? madd : NULL; }

struct particle {
  v4f pos, vel;
  int id;
};

__attribute__((noinline)) void step(struct particle* ps, int n, float dt) {
  for (int i = 0; i < n; i++) ps[i].pos += ps[i].vel * dt;
}

__attribute__((noinline)) uint32_t pack(v4b v) {
  uint32_t u;
  memcpy(&u, &v, sizeof u);
  return u;
}

__attribute__((noinline)) v4b unpack(uint32_t u) { return (v4b)u; }

__attribute__((noinline)) v4i select4(v4i mask, v4i a, v4i b) { return (mask & a) | (~mask & b); }

// A vector element read and written at a run-time index.
__attribute__((noinline)) int element(v4i v, int i) { return v[i & 3]; }
__attribute__((noinline)) v4i with_element(v4i v, int i, int x) {
  v[i & 3] = x;
  return v;
}

// The checksum of a byte buffer, 16 bytes at a time through an unaligned vector load.
__attribute__((noinline)) uint32_t sum_bytes(const uint8_t* p, size_t n) {
  v4u acc = {0, 0, 0, 0};
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    v16b chunk;
    memcpy(&chunk, p + i, 16);
    for (int k = 0; k < 16; k += 4) acc += (v4u){chunk[k], chunk[k + 1], chunk[k + 2], chunk[k + 3]};
  }
  uint32_t s = acc[0] + acc[1] + acc[2] + acc[3];
  for (; i < n; i++) s += p[i];
  return s;
}

static v4i global_vec = {7, -7, 70, -70};
static v2l global_pair[2] = {{1, -1}, {INT64_MAX, INT64_MIN}};

int main(void) {
  volatile int one = 1;
  v4i a = {one, 2, 3, 4}, b = {10, 20, 30, 40 * one}, c = {-1, -2, -3, -4};
  print4i("madd", madd(a, b, c));
  print4i("via pointer", pick(one)(a, a, b));
  printf("dot %d\n", dot(a, b));
  print4i("ops", (a << 2) - (b >> 1) + (b % 7) / (a | 1));
  print4i("compare", a > (v4i){2, 2, 2, 2});
  print4i("select", select4(a > 2, a, b));
  print4i("negate", -a + ~b);

  v4b m = mix((v4b){250, 1, 2, 3}, (v4b){7, 7, 7, (uint8_t)(7 * one)});
  printf("mix %u %u %u %u\n", m[0], m[1], m[2], m[3]);
  printf("pack %08x\n", pack(m));
  v4b u = unpack(0x11223344u + (uint32_t)one);
  printf("unpack %u %u %u %u\n", u[0], u[1], u[2], u[3]);
  printf("bitcast %08x\n", (uint32_t)(v4b){0xaa, 0xbb, 0xcc, (uint8_t)(0xdd * one)});

  v4f f = scale((v4f){1.5f, 2.5f, -1.0f, 0.25f}, 2.0f * one);
  print4f("scale", f);
  v2d d = divide((v2d){1.0, 2.0}, (v2d){4.0 * one, 8.0});
  printf("divide %.4f %.4f\n", d[0], d[1]);
  v4i conv = __builtin_convertvector(f * 3.0f, v4i);
  print4i("convert", conv);
  v4f back = __builtin_convertvector(conv, v4f) / 2.0f;
  print4f("back", back);

  v8s s = {1, 2, 3, 4, 5, 6, 7, (short)(8 * one)};
  s = (s << 2) > 10;
  printf("shorts");
  for (int i = 0; i < 8; i++) printf(" %d", s[i]);
  printf("\n");

  print4i("shuffle", __builtin_shufflevector(a, b, 0, 4, 1, 5));
  print4i("reverse", __builtin_shufflevector(a, a, 3, 2, 1, 0));
  v8f wide = __builtin_shufflevector(f, back, 0, 1, 2, 3, 4, 5, 6, 7);
  printf("wide %.2f %.2f\n", wide[1], wide[6]);

  printf("element %d %d\n", element(b, one + 1), element(b, 3));
  print4i("with element", with_element(a, one * 3, 99));

  v4i arr[3] = {a, b, c};
  int sum = 0;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++) sum += arr[i][j];
  printf("array sum %d\n", sum);
  v4i* p = &arr[1];
  (*p)[2] = 99;
  printf("through pointer %d\n", arr[1][2]);

  struct particle* ps = malloc(3 * sizeof *ps);
  for (int i = 0; i < 3; i++) {
    ps[i].pos = (v4f){(float)i, 0, 0, 1};
    ps[i].vel = (v4f){1, 0.5f * i, -1, 0};
    ps[i].id = i;
  }
  for (int t = 0; t < 10; t++) step(ps, 3, 0.1f);
  for (int i = 0; i < 3; i++) printf("particle %d", ps[i].id), print4f("", ps[i].pos);
  free(ps);

  uint8_t bytes[100];
  for (int i = 0; i < 100; i++) bytes[i] = (uint8_t)(i * 7 + one);
  printf("sum bytes %u\n", sum_bytes(bytes, sizeof bytes));

  print4i("global", global_vec * 2);
  printf("pair %lld %lld %lld\n", (long long)(global_pair[0] + global_pair[0])[1],
         (long long)global_pair[1][1], (long long)(global_pair[0] * 3)[1]);
  v2l shifted = (v2l)((v2u64)global_pair[0] << 40);
  printf("shifted %lld %lld\n", (long long)shifted[0], (long long)shifted[1]);

  printf("reduce %d %d %d\n", __builtin_reduce_add(a * b), __builtin_reduce_max(c), __builtin_reduce_xor(b));
  printf("sizes %zu %zu %zu %zu\n", sizeof(v4i), sizeof(v4b), sizeof(v8f), _Alignof(v4i));
  return 0;
}
