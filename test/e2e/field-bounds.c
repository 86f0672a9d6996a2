// -fmswasm-field-bounds: a pointer to a struct field is bounded by the field (intra-object
// overflow traps), except for the idioms C relies on: a struct as first field (base class), a
// trailing array of 0 or 1 elements (flexible array), unions. container_of traps, as documented.
// REQUIRES: compiler
// RUN: mswasm-cc -g -O0 %s -o %t.plain.mswasm
// RUN: mswasm run %t.plain.mswasm stack | FileCheck %s --check-prefix=PLAIN
// RUN: mswasm run %t.plain.mswasm container | FileCheck %s --check-prefix=CONTAINER-OK
// RUN: mswasm-cc -g -O0 -fmswasm-field-bounds %s -o %t.o0.mswasm
// RUN: mswasm-cc -g -O2 -fmswasm-field-bounds %s -o %t.o2.mswasm
// RUN: not mswasm run %t.o0.mswasm stack 2>&1 | FileCheck %s --check-prefix=STACK
// RUN: not mswasm run %t.o2.mswasm stack 2>&1 | FileCheck %s --check-prefix=STACK
// RUN: not mswasm run %t.o0.mswasm global 2>&1 | FileCheck %s --check-prefix=GLOBAL
// RUN: not mswasm run %t.o2.mswasm global 2>&1 | FileCheck %s --check-prefix=GLOBAL
// RUN: not mswasm run %t.o0.mswasm heap 2>&1 | FileCheck %s --check-prefix=HEAP
// RUN: mswasm run %t.o0.mswasm idioms | FileCheck %s --check-prefix=IDIOMS
// RUN: mswasm run %t.o2.mswasm idioms | FileCheck %s --check-prefix=IDIOMS
// RUN: not mswasm run %t.o0.mswasm container 2>&1 | FileCheck %s --check-prefix=CONTAINER
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct user { char name[8]; int uid; };
struct config { short ports[3]; short flags; } cfg = {{80, 443, 8080}, 7};
struct base { int kind; };
struct derived { struct base base; int extra; };
struct packet { int len; char data[]; };
struct old_packet { int len; char data[1]; };
union bytes { int i; char c[4]; };
struct node { int value; struct link { struct link *next; } link; };

static int base_kind(struct base *b) { return ((struct derived *)b)->extra + b->kind; }

int main(int argc, char **argv) {
  const char *what = argc > 1 ? argv[1] : "";
  if (!strcmp(what, "stack")) {
    struct user u;
    u.uid = 1000;
    strcpy(u.name, "johnathan");
    printf("uid intact: %d\n", u.uid == 1000);
  } else if (!strcmp(what, "global")) {
    int s = 0;
    for (int i = 0; i <= 3; i++) s += cfg.ports[i];
    printf("%d\n", s);
  } else if (!strcmp(what, "heap")) {
    struct user *u = malloc(sizeof *u);
    memset(u->name, 'x', sizeof *u);
    printf("%d\n", u->uid);
  } else if (!strcmp(what, "idioms")) {
    struct derived d = {{3}, 4};
    struct packet *p = malloc(sizeof *p + 16);
    strcpy(p->data, "flexible array");
    struct old_packet *q = malloc(sizeof *q + 16);
    strcpy(q->data, "old-style array");
    union bytes b;
    b.i = 0;
    memset(b.c, 1, sizeof b);
    printf("%d %s %s %x\n", base_kind(&d.base), p->data, q->data, (unsigned)b.i);
  } else if (!strcmp(what, "container")) {
    struct node n = {42, {NULL}};
    struct link *l = &n.link;
    struct node *back = (struct node *)((char *)l - offsetof(struct node, link));
    printf("container %d\n", back->value);
  }
  return 0;
}
// PLAIN: uid intact: 0
// CONTAINER-OK: container 42
// STACK: ERROR: stack-buffer-overflow: write of size
// STACK: field-bounds.c:39
// GLOBAL: ERROR: global-buffer-overflow: read of size 2
// GLOBAL: field-bounds.c:43
// HEAP: ERROR: heap-buffer-overflow: write of size 12
// HEAP: field-bounds.c:47
// IDIOMS: 7 flexible array old-style array 1010101
// CONTAINER: ERROR: stack-buffer-overflow: read of size 4
// CONTAINER: field-bounds.c:63
