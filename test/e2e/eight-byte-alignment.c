// Pointers stored at multiples of 8 (not 16) keep their authority: C code that assumes 8 bytes
// is the strictest alignment (an allocator with an 8-byte size header, objects carved from a
// slab at sizes rounded to 8, #pragma pack(8)) works; a pointer at a multiple of 4 traps.
// REQUIRES: compiler
// RUN: mswasm-cc -g -O0 %s -o %t0.mswasm && mswasm run %t0.mswasm | FileCheck %s
// RUN: mswasm-cc -g -O2 %s -o %t2.mswasm && mswasm run %t2.mswasm | FileCheck %s
// RUN: not mswasm run %t0.mswasm four 2>&1 | FileCheck %s --check-prefix=FOUR
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// An allocator in the style of SQLite's: the size in an 8-byte header before the block.
static void *sized_alloc(size_t n) {
  long long *p = malloc(n + 8);
  p[0] = (long long)n;
  return p + 1;
}
static void sized_free(void *q) { free((long long *)q - 1); }

struct node { struct node *next; const char *name; };

#pragma pack(push, 8)
struct packed8 { char tag; struct node *n; };
#pragma pack(pop)

#define ROUND8(x) (((x) + 7) & ~7)

int main(int argc, char **argv) {
  struct node *a = sized_alloc(sizeof *a), *b = sized_alloc(sizeof *b);
  a->next = b;
  a->name = "a";
  b->next = NULL;
  b->name = "b";
  // CHECK: a -> b
  printf("%s -> %s\n", a->name, a->next->name);
  // A slab carved at sizes rounded to 8: the second object starts at offset 40.
  char *slab = malloc(128);
  struct node **first = (struct node **)slab;
  struct node **second = (struct node **)(slab + ROUND8(33));
  *first = a;
  *second = b;
  char copy[128];
  memcpy(copy, slab, sizeof copy);  // a copy keeps pointers at the same offsets mod 8
  // CHECK-NEXT: slab a b, copy b
  printf("slab %s %s, copy %s\n", (*first)->name, (*second)->name,
         (*(struct node **)(copy + 40))->name);
  struct packed8 p8 = {'x', b};
  // CHECK-NEXT: pack(8): x b
  printf("pack(8): %c %s\n", p8.tag, p8.n->name);
  if (argc > 1) {
    struct node **four = (struct node **)(slab + 4);  // FOUR: ERROR: misaligned-handle-access
    *four = a;
  }
  sized_free(a);
  sized_free(b);
  free(slab);
  return 0;
}
