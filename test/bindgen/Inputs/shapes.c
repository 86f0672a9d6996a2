#include "shapes.h"

#include <stdlib.h>
#include <string.h>

struct canvas {
  int w, h;
  unsigned char *pixels;
  char name[32];
};

canvas *canvas_new(int width, int height) {
  canvas *c = calloc(1, sizeof *c);
  c->w = width;
  c->h = height;
  c->pixels = calloc((size_t)(width * height), 1);
  strcpy(c->name, "untitled");
  return c;
}
void canvas_free(canvas *c) {
  free(c->pixels);
  free(c);
}
int canvas_fill(canvas *c, enum color col, unsigned char value) {
  memset(c->pixels, value * (int)col, (size_t)(c->w * c->h));
  return c->w * c->h;
}
long canvas_sum(const canvas *c) {
  long s = 0;
  for (int i = 0; i < c->w * c->h; i++) s += c->pixels[i];
  return s;
}
const char *canvas_name(const canvas *c) { return c->name; }
void canvas_set_name(canvas *c, const char *name) { strncpy(c->name, name, sizeof c->name - 1); }
size_t canvas_read(const canvas *c, unsigned char *out, size_t n) {
  size_t total = (size_t)(c->w * c->h);
  if (n > total) n = total;
  memcpy(out, c->pixels, n);
  return n;
}
long long sum_longs(const long *values, int n) {
  long long s = 0;
  for (int i = 0; i < n; i++) s += values[i];
  return s;
}
void scale(double *values, unsigned n, double by) {
  for (unsigned i = 0; i < n; i++) values[i] *= by;
}
void swap_ints(int *a, int *b) {
  int t = *a;
  *a = *b;
  *b = t;
}
unsigned long echo_ulong(unsigned long v) { return v; }
float halve(float f) { return f / 2; }
void canvas_scribble(canvas *c, int n) {
  for (int i = 0; i <= n; i++) c->pixels[i] = 1; /* one past the end when n == w * h */
}
