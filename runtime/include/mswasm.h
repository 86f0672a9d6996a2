/* mswasm.h: the C embedding API of the MSWasm engine.
 *
 * A host program runs a module compiled from C (a library or a plugin) in the sandbox: every
 * out-of-bounds access, use after free, double free or forged pointer in it becomes a trap with
 * a full report instead of harm to the host. docs/embedding.md is the tutorial and reference.
 *
 *   mswasm_engine_t *engine = mswasm_engine_new();
 *   mswasm_module_t *module;  mswasm_instance_t *inst;  mswasm_trap_t *trap = NULL;
 *   mswasm_error_t *err = mswasm_module_from_file(engine, "plugin.mswasm", &module);
 *   if (!err) err = mswasm_instance_new(module, NULL, NULL, &inst, &trap);
 *   mswasm_val_t arg = mswasm_val_i32(41), res;
 *   if (!err && !trap) err = mswasm_instance_call(inst, "add_one", &arg, 1, &res, 1, &trap);
 *   if (trap) fputs(mswasm_trap_text(trap), stderr);
 *
 * Rules of the API:
 * - Plain C89 declarations over <stddef.h> and <stdint.h>; opaque types; no C++ exception ever
 *   crosses it. Every fallible call returns an mswasm_error_t* (NULL on success) that the caller
 *   deletes. A guest trap (or the guest calling exit) is not an error: calls that run guest code
 *   hand it back through an mswasm_trap_t** out-parameter (set to NULL when none happened).
 * - Strings returned by the API belong to the object they came from and live as long as it.
 * - An instance is used by one thread at a time; different instances may run on different
 *   threads at once. Modules and linkers are read-only once made and may be shared.
 * - Handles (mswasm_handle_t) are guest pointers. The host may copy and keep them, but an
 *   instance only accepts back handles it gave out itself (returned by an export, passed to a
 *   host function, or made by mswasm_instance_alloc and friends): no handle can be forged, and a
 *   handle from another instance is refused with an error.
 */
#ifndef MSWASM_H
#define MSWASM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MSWASM_API_VERSION 1
/* The version of the library linked in (compare with MSWASM_API_VERSION). */
uint32_t mswasm_api_version(void);

/* ---- errors ---- */
typedef struct mswasm_error mswasm_error_t;
const char *mswasm_error_message(const mswasm_error_t *error);
/* When the error is a failed guest-memory access by the host (for example a read through a
 * handle whose block the guest freed): the engine's report as text or JSON; else NULL. */
const char *mswasm_error_report_text(const mswasm_error_t *error);
const char *mswasm_error_report_json(const mswasm_error_t *error);
void mswasm_error_delete(mswasm_error_t *error);

/* ---- values ---- */
typedef enum mswasm_valkind {
  MSWASM_I32 = 0,
  MSWASM_I64 = 1,
  MSWASM_F32 = 2,
  MSWASM_F64 = 3,
  MSWASM_HANDLE = 4 /* a guest pointer */
} mswasm_valkind_t;

/* A guest pointer as the host holds it. Copy it freely; its bytes mean nothing to the host.
 * All zero bytes is the null handle. */
typedef struct mswasm_handle {
  uint64_t opaque_[5];
} mswasm_handle_t;

typedef struct mswasm_val {
  mswasm_valkind_t kind;
  union {
    int32_t i32;
    int64_t i64;
    float f32;
    double f64;
    mswasm_handle_t handle;
  } of;
} mswasm_val_t;

mswasm_val_t mswasm_val_i32(int32_t v);
mswasm_val_t mswasm_val_i64(int64_t v);
mswasm_val_t mswasm_val_f32(float v);
mswasm_val_t mswasm_val_f64(double v);
mswasm_val_t mswasm_val_handle(mswasm_handle_t h);
mswasm_handle_t mswasm_handle_null(void);
int mswasm_handle_is_null(mswasm_handle_t h);
/* Pointer arithmetic: the same block, `delta` bytes further (never more authority). */
mswasm_handle_t mswasm_handle_add(mswasm_handle_t h, int32_t delta);
/* Bytes from the handle's position to the end of its block (0 for null or past the end). */
uint32_t mswasm_handle_remaining(mswasm_handle_t h);

/* ---- traps: what stopped guest code ---- */
typedef struct mswasm_trap mswasm_trap_t;
/* "heap-buffer-overflow", "use-after-free", ..., "host-error", "timeout", or "exit" when the
 * guest called exit(). */
const char *mswasm_trap_kind(const mswasm_trap_t *trap);
const char *mswasm_trap_message(const mswasm_trap_t *trap); /* one line */
const char *mswasm_trap_text(const mswasm_trap_t *trap);    /* the full report, as `mswasm run` prints it */
const char *mswasm_trap_json(const mswasm_trap_t *trap);    /* the report as one JSON object */
/* 1 and *code set when the guest called exit(code); 0 for a trap. */
int mswasm_trap_exit_code(const mswasm_trap_t *trap, int *code);
/* 1 for a memory-safety violation (the kinds of docs/memory-errors.md). */
int mswasm_trap_is_memory_error(const mswasm_trap_t *trap);
/* For a host function: a trap that ends the guest's call with a host-error report naming the
 * host function and this message. */
mswasm_trap_t *mswasm_trap_new(const char *message);
void mswasm_trap_delete(mswasm_trap_t *trap);

/* ---- engine ---- */
typedef struct mswasm_engine mswasm_engine_t;
typedef enum mswasm_tier {
  MSWASM_TIER_AUTO = 0,   /* native code when it can be made, else the interpreter */
  MSWASM_TIER_INTERP = 1, /* the reference interpreter */
  MSWASM_TIER_NATIVE = 2  /* native code or an error */
} mswasm_tier_t;
/* Tier from $MSWASM_TIER (auto, interp, native), else auto; the native code cache as for
 * `mswasm run` ($MSWASM_CACHE_DIR, $XDG_CACHE_HOME/mswasm, ~/.cache/mswasm). */
mswasm_engine_t *mswasm_engine_new(void);
void mswasm_engine_set_tier(mswasm_engine_t *engine, mswasm_tier_t tier);
/* NULL: the default location; "off": compile for each instance, keep nothing. */
void mswasm_engine_set_cache_dir(mswasm_engine_t *engine, const char *dir);
/* Deleted after every module made with it. */
void mswasm_engine_delete(mswasm_engine_t *engine);

/* ---- modules ---- */
typedef struct mswasm_module mswasm_module_t;
/* A module in the binary (.mswasm) or text (.wat) format; validated. */
mswasm_error_t *mswasm_module_new(mswasm_engine_t *engine, const uint8_t *bytes, size_t size,
                                  mswasm_module_t **out);
mswasm_error_t *mswasm_module_from_file(mswasm_engine_t *engine, const char *path, mswasm_module_t **out);
size_t mswasm_module_export_count(const mswasm_module_t *module);
const char *mswasm_module_export_name(const mswasm_module_t *module, size_t index);
/* The parameter (result) kinds of export `name`: returns their count and writes the first
 * min(count, capacity) of them to out (may be NULL); (size_t)-1 when there is no such export. */
size_t mswasm_module_export_params(const mswasm_module_t *module, const char *name, mswasm_valkind_t *out,
                                   size_t capacity);
size_t mswasm_module_export_results(const mswasm_module_t *module, const char *name, mswasm_valkind_t *out,
                                    size_t capacity);
/* Deleted after every instance made from it. */
void mswasm_module_delete(mswasm_module_t *module);

/* ---- host functions ---- */
typedef struct mswasm_instance mswasm_instance_t;
/* A host function. `instance` is the calling instance: the function may read and write guest
 * buffers through handle arguments and call the guest back (mswasm_instance_call nests; the
 * call depth counts it). Results come typed as declared; fill in their values. Return NULL, or
 * a trap (mswasm_trap_new) to end the guest's call; the engine deletes it. */
typedef mswasm_trap_t *(*mswasm_func_callback_t)(void *env, mswasm_instance_t *instance,
                                                 const mswasm_val_t *args, size_t nargs,
                                                 mswasm_val_t *results, size_t nresults);
typedef struct mswasm_linker mswasm_linker_t;
mswasm_linker_t *mswasm_linker_new(void);
/* Defines import `module`.`name` (a guest declares it with
 * __attribute__((import_module("module"), import_name("name")))). The guest's declared type
 * must be exactly params -> results, else instantiation fails naming both types. `finalize`
 * (may be NULL) is called with `env` when the linker is deleted. */
mswasm_error_t *mswasm_linker_define(mswasm_linker_t *linker, const char *module, const char *name,
                                     const mswasm_valkind_t *params, size_t nparams,
                                     const mswasm_valkind_t *results, size_t nresults,
                                     mswasm_func_callback_t callback, void *env, void (*finalize)(void *));
/* Deleted after every instance made with it. */
void mswasm_linker_delete(mswasm_linker_t *linker);

/* ---- instance configuration (limits, files, arguments, stdio) ---- */
typedef struct mswasm_config mswasm_config_t;
mswasm_config_t *mswasm_config_new(void);
void mswasm_config_delete(mswasm_config_t *config);
/* Live heap + stack + global bytes (default 1 GiB). */
void mswasm_config_set_max_memory(mswasm_config_t *config, uint64_t bytes);
/* Instructions per instance, 0 = unlimited (interpreter only: with fuel the auto tier picks it). */
void mswasm_config_set_fuel(mswasm_config_t *config, uint64_t fuel);
/* Wall-clock limit of each outermost call, 0 = none. */
mswasm_error_t *mswasm_config_set_timeout(mswasm_config_t *config, double seconds);
void mswasm_config_set_max_call_depth(mswasm_config_t *config, uint32_t depth);
void mswasm_config_set_strict_tags(mswasm_config_t *config, int on);
/* Grants the guest the host directory `host_dir` under the name `guest_path` (files confined
 * beneath it). Nothing else of the host's file system is visible. */
mswasm_error_t *mswasm_config_add_dir(mswasm_config_t *config, const char *host_dir, const char *guest_path);
/* The same, read-only: the guest can open and read files but not create, write, truncate,
 * rename or remove anything beneath it (EROFS). */
mswasm_error_t *mswasm_config_add_dir_readonly(mswasm_config_t *config, const char *host_dir, const char *guest_path);
void mswasm_config_add_arg(mswasm_config_t *config, const char *arg); /* the first is argv[0] */
mswasm_error_t *mswasm_config_add_env(mswasm_config_t *config, const char *name_equals_value);
/* Host descriptors for the guest's fds 0, 1, 2 (default 0, 1, 2; -1 closes one). */
void mswasm_config_set_stdio(mswasm_config_t *config, int in_fd, int out_fd, int err_fd);
/* Native code compiled ahead of time (`mswasm compile module.mswasm -o code.so`) from this very
 * module: loaded without LLVM after a check that it belongs to the module and options. */
void mswasm_config_set_native_code(mswasm_config_t *config, const char *path);

/* ---- instances ---- */
/* Resolves imports (the engine's host interface and the linker's functions; linker may be
 * NULL), lays out globals and runs the module's start function (a library's constructors).
 * config may be NULL (defaults). A trap or exit in the start function comes back in *trap with
 * *out NULL. */
mswasm_error_t *mswasm_instance_new(mswasm_module_t *module, const mswasm_linker_t *linker,
                                    const mswasm_config_t *config, mswasm_instance_t **out,
                                    mswasm_trap_t **trap);
/* Flushes the guest's stdio first when the module exports fflush (library modules do) and the
 * instance is not poisoned. */
void mswasm_instance_delete(mswasm_instance_t *instance);
/* "native" or "interp": the tier this instance runs on. */
const char *mswasm_instance_tier(const mswasm_instance_t *instance);
/* Calls export `name`. The argument count and kinds must match its parameters and nresults
 * its result count, else an error (nothing runs). */
mswasm_error_t *mswasm_instance_call(mswasm_instance_t *instance, const char *name,
                                     const mswasm_val_t *args, size_t nargs, mswasm_val_t *results,
                                     size_t nresults, mswasm_trap_t **trap);
/* Calls the guest function a code handle names (a function pointer the guest gave the host). */
mswasm_error_t *mswasm_instance_call_handle(mswasm_instance_t *instance, mswasm_handle_t function,
                                            const mswasm_val_t *args, size_t nargs,
                                            mswasm_val_t *results, size_t nresults, mswasm_trap_t **trap);
/* After a memory-safety trap or an exit the instance is poisoned: every later call returns an
 * error saying why (the guest's state can no longer be trusted). After other traps (a host
 * function's trap, unreachable, division by zero, fuel, timeout, call depth) it stays usable. */
int mswasm_instance_poisoned(const mswasm_instance_t *instance);

/* ---- guest buffers ---- */
/* Allocates `size` bytes in the guest's heap: with the module's exported malloc when it has one
 * (so the guest may free or realloc it), else as a new heap block. */
mswasm_error_t *mswasm_instance_alloc(mswasm_instance_t *instance, uint32_t size, mswasm_handle_t *out,
                                      mswasm_trap_t **trap);
mswasm_error_t *mswasm_instance_free(mswasm_instance_t *instance, mswasm_handle_t block, mswasm_trap_t **trap);
/* One call each for the common cases: a copy of `size` bytes, of `count` elements of
 * `elem_size` bytes (little-endian, as the guest reads them), of a NUL-terminated string. */
mswasm_error_t *mswasm_instance_new_bytes(mswasm_instance_t *instance, const void *data, uint32_t size,
                                          mswasm_handle_t *out);
mswasm_error_t *mswasm_instance_new_array(mswasm_instance_t *instance, const void *elems, uint32_t count,
                                          uint32_t elem_size, mswasm_handle_t *out);
mswasm_error_t *mswasm_instance_new_string(mswasm_instance_t *instance, const char *s, mswasm_handle_t *out);
/* Copies between guest memory and the host, checked exactly like a guest access: a bad handle,
 * a freed block or a range past its end is an error carrying the engine's report (and inside a
 * host function it also ends the guest's call with that report). */
mswasm_error_t *mswasm_instance_read(mswasm_instance_t *instance, mswasm_handle_t from, uint32_t offset,
                                     void *out, size_t size);
mswasm_error_t *mswasm_instance_write(mswasm_instance_t *instance, mswasm_handle_t to, uint32_t offset,
                                      const void *data, size_t size);
/* A NUL-terminated guest string of at most max_len bytes (without its NUL), copied into memory
 * from malloc() that the caller frees with free(). */
mswasm_error_t *mswasm_instance_read_string(mswasm_instance_t *instance, mswasm_handle_t s, size_t max_len,
                                            char **out);

#ifdef __cplusplus
}
#endif

#endif /* MSWASM_H */
