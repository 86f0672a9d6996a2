/* The three standard streams and the list of open streams. stdin is fully buffered, stderr
 * unbuffered, stdout decides on first use: line-buffered on a terminal, else fully buffered.
 * __stdio_exit (called by exit) flushes every open stream. */
#include "libc.h"
#include "stdio_impl.h"

static unsigned char inbuf[BUFSIZ + UNGET];
static unsigned char outbuf[BUFSIZ];

static FILE in_file, out_file, err_file;

static FILE in_file = {
    .buf = inbuf, .size = sizeof inbuf, .rpos = UNGET, .rend = UNGET, .fd = 0,
    .flags = F_READ | F_STATIC | F_MODESET, .mode = _IOFBF, .next = &out_file};
static FILE out_file = {
    .buf = outbuf, .size = sizeof outbuf, .fd = 1, .flags = F_WRITE | F_STATIC,
    .mode = _IOFBF, .prev = &in_file, .next = &err_file};
static FILE err_file = {
    .buf = err_file.ubuf, .size = sizeof err_file.ubuf, .fd = 2,
    .flags = F_WRITE | F_STATIC | F_MODESET, .mode = _IONBF, .prev = &out_file};

FILE *const stdin = &in_file;
FILE *const stdout = &out_file;
FILE *const stderr = &err_file;

FILE *__stdio_head = &in_file;

void __stdio_link(FILE *f) {
  f->prev = NULL;
  f->next = __stdio_head;
  if (__stdio_head) __stdio_head->prev = f;
  __stdio_head = f;
}

void __stdio_unlink(FILE *f) {
  if (f->prev) f->prev->next = f->next;
  else if (__stdio_head == f) __stdio_head = f->next;
  if (f->next) f->next->prev = f->prev;
  f->prev = f->next = NULL;
}

void __stdio_exit(void) {
  for (FILE *f = __stdio_head; f; f = f->next) __stdio_flush(f);
}
