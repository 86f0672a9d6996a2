/* A small library interface exercising what mswasm-bindgen binds (test/bindgen). */
#ifndef SHAPES_H
#define SHAPES_H
#include <stddef.h>

typedef struct canvas canvas; /* opaque: the host only holds it */
enum color { RED = 1, GREEN = 2 };

canvas *canvas_new(int width, int height);
void canvas_free(canvas *c);
int canvas_fill(canvas *c, enum color col, unsigned char value);
long canvas_sum(const canvas *c);
const char *canvas_name(const canvas *c);
void canvas_set_name(canvas *c, const char *name);
/* Copies the canvas's first n bytes out. */
size_t canvas_read(const canvas *c, unsigned char *out, size_t n);
/* Sums n longs (32-bit in the guest). */
long long sum_longs(const long *values, int n);
/* Scales each double in place. */
void scale(double *values, unsigned n, double by);
/* Swaps *a and *b (pointers to one scalar each: copied in and out). */
void swap_ints(int *a, int *b);
unsigned long echo_ulong(unsigned long v);
float halve(float f);
/* Overflows its canvas: a memory bug inside the library. */
void canvas_scribble(canvas *c, int n);
#endif
