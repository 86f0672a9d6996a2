/* embed-bench: what crossing the sandbox boundary costs through the C API (mswasm.h), on each
 * engine tier, against the same work done by a direct native call in this process.
 *
 *   build/bench/embed/embed-bench [--tier=interp|native] [--iterations N]
 *
 * Measures (median of 5 rounds, wall clock): one host-to-guest call of an export (i32) -> i32;
 * one guest-to-host call (the guest loops calling an imported host function); copying a 1 MiB
 * buffer into guest memory and out again (mswasm_instance_write/read). Prints one line per
 * measurement with the ratio to the native baseline. A benchmark: no thresholds, no test. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mswasm.h"

static const char *kModule =
    "(module\n"
    "  (import \"host\" \"inc\" (func $inc (param i32) (result i32)))\n"
    "  (func (export \"add_one\") (param i32) (result i32) local.get 0 i32.const 1 i32.add)\n"
    "  (func (export \"call_host\") (param i32) (result i32) (local i32 i32)\n"
    "    block\n"
    "      loop\n"
    "        local.get 1 local.get 0 i32.ge_u br_if 1\n"
    "        local.get 2 call $inc local.set 2\n"
    "        local.get 1 i32.const 1 i32.add local.set 1\n"
    "        br 0\n"
    "      end\n"
    "    end\n"
    "    local.get 2))\n";

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static mswasm_trap_t *inc(void *env, mswasm_instance_t *inst, const mswasm_val_t *args, size_t nargs,
                          mswasm_val_t *results, size_t nresults) {
  (void)env;
  (void)inst;
  (void)nargs;
  (void)nresults;
  results[0].of.i32 = args[0].of.i32 + 1;
  return NULL;
}

/* The native baseline: a call the compiler cannot inline or fold. */
__attribute__((noinline)) static int add_one_native(int x) {
  __asm__ volatile("" ::: "memory");
  return x + 1;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  return v[n / 2];
}

static void die(mswasm_error_t *e, mswasm_trap_t *t) {
  if (e) fprintf(stderr, "embed-bench: %s\n", mswasm_error_message(e));
  if (t) fprintf(stderr, "embed-bench: trap: %s", mswasm_trap_text(t));
  exit(1);
}

int main(int argc, char **argv) {
  mswasm_tier_t tier = MSWASM_TIER_AUTO;
  long iterations = 200000;
  int i, r;
  enum { ROUNDS = 5 };
  double t[ROUNDS], native_call, host_to_guest, guest_to_host, copy_in, copy_out, native_copy;
  const size_t mib = 1 << 20;
  mswasm_engine_t *engine;
  mswasm_module_t *module;
  mswasm_linker_t *linker;
  mswasm_instance_t *inst;
  mswasm_trap_t *trap = NULL;
  mswasm_error_t *err;
  mswasm_valkind_t i32 = MSWASM_I32;
  mswasm_handle_t buf;
  char *host_buf, *host_buf2;
  volatile int sink = 0;

  for (i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--tier=interp")) tier = MSWASM_TIER_INTERP;
    else if (!strcmp(argv[i], "--tier=native")) tier = MSWASM_TIER_NATIVE;
    else if (!strcmp(argv[i], "--iterations") && i + 1 < argc) iterations = atol(argv[++i]);
    else {
      fprintf(stderr, "usage: embed-bench [--tier=interp|native] [--iterations N]\n");
      return 2;
    }
  }
  engine = mswasm_engine_new();
  mswasm_engine_set_tier(engine, tier);
  linker = mswasm_linker_new();
  if ((err = mswasm_module_new(engine, (const uint8_t *)kModule, strlen(kModule), &module))) die(err, NULL);
  if ((err = mswasm_linker_define(linker, "host", "inc", &i32, 1, &i32, 1, inc, NULL, NULL))) die(err, NULL);
  if ((err = mswasm_instance_new(module, linker, NULL, &inst, &trap)) || trap) die(err, trap);

  for (r = 0; r < ROUNDS; r++) {
    double s = now();
    for (i = 0; i < iterations; i++) sink += add_one_native(i);
    t[r] = (now() - s) / (double)iterations;
  }
  native_call = median(t, ROUNDS);

  for (r = 0; r < ROUNDS; r++) {
    double s = now();
    for (i = 0; i < iterations; i++) {
      mswasm_val_t a = mswasm_val_i32(i), res;
      if ((err = mswasm_instance_call(inst, "add_one", &a, 1, &res, 1, &trap)) || trap) die(err, trap);
      sink += res.of.i32;
    }
    t[r] = (now() - s) / (double)iterations;
  }
  host_to_guest = median(t, ROUNDS);

  for (r = 0; r < ROUNDS; r++) {
    mswasm_val_t a = mswasm_val_i32((int32_t)iterations), res;
    double s = now();
    if ((err = mswasm_instance_call(inst, "call_host", &a, 1, &res, 1, &trap)) || trap) die(err, trap);
    t[r] = (now() - s) / (double)iterations;
    sink += res.of.i32;
  }
  guest_to_host = median(t, ROUNDS);

  host_buf = malloc(mib);
  host_buf2 = malloc(mib);
  memset(host_buf, 7, mib);
  if ((err = mswasm_instance_alloc(inst, (uint32_t)mib, &buf, &trap)) || trap) die(err, trap);
  for (r = 0; r < ROUNDS; r++) {
    double s = now();
    for (i = 0; i < 20; i++)
      if ((err = mswasm_instance_write(inst, buf, 0, host_buf, mib))) die(err, NULL);
    t[r] = (now() - s) / 20;
  }
  copy_in = median(t, ROUNDS);
  for (r = 0; r < ROUNDS; r++) {
    double s = now();
    for (i = 0; i < 20; i++)
      if ((err = mswasm_instance_read(inst, buf, 0, host_buf2, mib))) die(err, NULL);
    t[r] = (now() - s) / 20;
  }
  copy_out = median(t, ROUNDS);
  for (r = 0; r < ROUNDS; r++) {
    double s = now();
    for (i = 0; i < 20; i++) {
      memcpy(host_buf2, host_buf, mib);
      __asm__ volatile("" ::: "memory");
    }
    t[r] = (now() - s) / 20;
  }
  native_copy = median(t, ROUNDS);

  printf("tier: %s\n", mswasm_instance_tier(inst));
  printf("native direct call:       %8.1f ns\n", native_call * 1e9);
  printf("host-to-guest call:       %8.1f ns  (%.0fx a native call)\n", host_to_guest * 1e9,
         host_to_guest / native_call);
  printf("guest-to-host call:       %8.1f ns  (%.0fx a native call)\n", guest_to_host * 1e9,
         guest_to_host / native_call);
  printf("copy 1 MiB into guest:    %8.2f GB/s (native memcpy %.2f GB/s)\n", (double)mib / copy_in * 1e-9,
         (double)mib / native_copy * 1e-9);
  printf("copy 1 MiB out of guest:  %8.2f GB/s\n", (double)mib / copy_out * 1e-9);
  free(host_buf);
  free(host_buf2);
  mswasm_instance_delete(inst);
  mswasm_linker_delete(linker);
  mswasm_module_delete(module);
  mswasm_engine_delete(engine);
  return sink == 42 ? 3 : 0;
}
