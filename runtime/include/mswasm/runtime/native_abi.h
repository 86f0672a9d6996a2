/* The contract between native code made by the native tier's translator (native/) and the runtime
 * that runs it (runtime/src/native_exec.cpp). Plain C so that both sides, and a reader, see one
 * layout; the translator computes every field offset it emits from this header (offsetof).
 *
 * A native module is a shared object with no undefined symbols of its own: it reaches the runtime
 * only through the slow-path table in the context. It exports one symbol, mswasm_native_info
 * (struct MswNativeInfo), which says which module it was made from (a hash of the module's
 * binary), by which ABI, and with which code-changing options. docs/native-tier.md explains the
 * design; docs/spec.md stays the semantics both tiers implement. */
#ifndef MSWASM_RUNTIME_NATIVE_ABI_H
#define MSWASM_RUNTIME_NATIVE_ABI_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped whenever anything in this header, or the meaning of the code the translator emits,
 * changes: a native module of another version is refused (and recompiled from the cache). */
#define MSWASM_NATIVE_ABI_VERSION 3u

/* Options that change the emitted code (part of the cache key, checked at load). */
#define MSWASM_NATIVE_OPT_TIMEOUT_POLLS 1u /* loop headers and function entries poll ctx->interrupt */
#define MSWASM_NATIVE_OPT_STRICT_TAGS 2u   /* data loads always take the slow path */

/* One guest frame on the shadow stack: function index and current instruction index. */
struct MswNativeFrame {
  uint32_t func;
  uint32_t pc;
};

/* A global segment's handle fields, by segment index. */
struct MswGlobalSeg {
  uint32_t addr;
  uint32_t size;
  uint64_t id;
};

/* A function's code handle fields, by function index. */
struct MswCodeRef {
  uint32_t addr;
  uint32_t pad;
  uint64_t id;
};

/* A handle in memory: the runtime's Handle layout (checked by static_assert in the runtime). */
struct MswHandle {
  uint32_t base;
  int32_t offset;
  uint32_t bound;
  uint8_t kind; /* 0 null, 1 invalid, 2 heap, 3 stack, 4 global, 5 code, 6 jump */
  uint8_t reason;
  uint8_t pad[2];
  uint64_t id; /* authoritative kinds: allocation id; invalid: origin */
  uint64_t high;
};

/* An operand slot (globals, host-call arguments): number bits, then a handle. */
struct MswSlot {
  uint64_t bits;
  struct MswHandle h;
};

/* Simple traps raised by native code (slow path `trap`). */
enum MswNativeTrap {
  MSW_NT_UNREACHABLE = 0,
  MSW_NT_DIV_ZERO = 1,
  MSW_NT_INT_OVERFLOW = 2,
  MSW_NT_CONV_NAN = 3,
  MSW_NT_CONV_RANGE = 4,
  MSW_NT_CALL_DEPTH = 5,  /* aux = callee function index */
  MSW_NT_HOST_STACK = 6,  /* aux = callee function index */
  MSW_NT_UNSUPPORTED = 7  /* aux = opcode number, in a function the translator could not compile */
};

struct MswNativeCtx;

/* The runtime's entry points for everything that is not inline. `func`/`pc` name the guest
 * instruction (the shadow stack's top pc is set from them before anything can be reported). */
struct MswSlowPaths {
  void (*trap)(struct MswNativeCtx*, uint32_t code, uint32_t aux, uint32_t func, uint32_t pc);
  uint64_t (*load)(struct MswNativeCtx*, const struct MswHandle*, uint32_t off, uint32_t n, uint32_t func,
                   uint32_t pc);
  void (*store)(struct MswNativeCtx*, const struct MswHandle*, uint32_t off, uint32_t n, uint64_t v,
                uint32_t func, uint32_t pc);
  void (*hload)(struct MswNativeCtx*, const struct MswHandle*, uint32_t off, struct MswHandle* out,
                uint32_t func, uint32_t pc);
  void (*hstore)(struct MswNativeCtx*, const struct MswHandle*, uint32_t off, const struct MswHandle* v,
                 uint32_t func, uint32_t pc);
  void (*segalloc)(struct MswNativeCtx*, uint32_t size, uint32_t align, struct MswHandle* out, uint32_t func,
                   uint32_t pc);
  void (*segfree)(struct MswNativeCtx*, const struct MswHandle*, uint32_t func, uint32_t pc);
  void (*stack_alloc)(struct MswNativeCtx*, uint32_t size, uint32_t log2align, struct MswHandle* out,
                      uint32_t func, uint32_t pc);
  void (*stack_scope)(struct MswNativeCtx*, const struct MswHandle*, uint32_t reopen, uint32_t func,
                      uint32_t pc);
  void (*frame_enter)(struct MswNativeCtx*);
  void (*frame_exit)(struct MswNativeCtx*, uint32_t pc);
  void (*slice)(struct MswNativeCtx*, const struct MswHandle*, uint32_t len, struct MswHandle* out,
                uint32_t func, uint32_t pc);
  void (*seg_copy)(struct MswNativeCtx*, const struct MswHandle* dst, const struct MswHandle* src, uint32_t n,
                   uint32_t func, uint32_t pc);
  void (*seg_fill)(struct MswNativeCtx*, const struct MswHandle* dst, uint32_t v, uint32_t n, uint32_t func,
                   uint32_t pc);
  /* Checks a call.handle and returns the callee's native function (as void*). */
  void* (*resolve_call)(struct MswNativeCtx*, const struct MswHandle*, uint32_t typeIndex, uint32_t func,
                        uint32_t pc);
  /* Calls host import `import`: args in slots[0..nparams), results written to slots[0..). */
  void (*host_call)(struct MswNativeCtx*, uint32_t import, struct MswSlot* slots, uint32_t func, uint32_t pc);
  /* --timeout: called when ctx->interrupt is set; traps if the deadline has passed. */
  void (*poll)(struct MswNativeCtx*, uint32_t func, uint32_t pc);
  /* jmp.set: checks `buf`, makes the jump record of the top frame with the operands below the
   * buffer (slots[0..n)) as its snapshot and `native` (MSWASM_NATIVE_JMPBUF_BYTES, 16-aligned,
   * in the frame) as where setjmp saves the resumption point, and tags the buffer. */
  void (*jmp_set)(struct MswNativeCtx*, const struct MswHandle* buf, struct MswSlot* slots, uint32_t n,
                  void* native, uint32_t func, uint32_t pc);
  /* The C library's setjmp without the signal mask (called right after jmp_set, returns twice). */
  int32_t (*setjmp)(void* native);
  /* jmp.long: checks the record `buf` names, lets the frames above its frame die, copies the
   * snapshot back into its slots and resumes its setjmp with `val` (1 if 0). Never returns. */
  void (*jmp_long)(struct MswNativeCtx*, const struct MswHandle* buf, uint32_t val, uint32_t func, uint32_t pc);
};

/* Bytes a compiled frame reserves for one jmp.set site's native jump buffer. */
#define MSWASM_NATIVE_JMPBUF_BYTES 256u

struct MswNativeCtx {
  uint8_t* region;          /* segment bytes at region + address */
  const uint8_t* idFlags;   /* per id: kIdReadable 1, kIdWritableFast 2, kIdWritable 4 */
  struct MswNativeFrame* frames;
  uint32_t depth;           /* frames[0 .. depth) are active */
  uint32_t maxDepth;
  uintptr_t stackLimit;     /* a native frame below this address traps (host stack) */
  struct MswSlot* globals;
  const struct MswGlobalSeg* gsegs;
  const struct MswCodeRef* codes;
  const struct MswSlowPaths* slow;
  void* const* funcs;       /* native function by function index (from the module's info) */
  volatile uint32_t interrupt;
  uint32_t pad;
  void* runtime;            /* the runtime's own state */
  uint64_t firstCodeId;     /* function f's code handle has id firstCodeId + f */
  /* The tag shadow: 16 bytes per 8-byte slot of the address space, indexed by address / 8:
   * {base u32, bound u32, id (bits 0-55) | kind (bits 56-63) u64}, all zero when no tagged
   * granule starts at the slot (runtime/include/mswasm/runtime/tag_shadow.h). */
  const uint8_t* tagShadow;
};

/* An entry trampoline: runs function `index` with arguments in args[], results into results[]. */
typedef void (*MswNativeInvoke)(struct MswNativeCtx*, const struct MswSlot* args, struct MswSlot* results);

struct MswNativeInfo {
  uint32_t abiVersion;
  uint32_t options;         /* MSWASM_NATIVE_OPT_* */
  uint64_t moduleHash[4];   /* SHA-256 of the module's binary form */
  uint32_t numFunctions;    /* imports + defined */
  uint32_t numImports;
  void* const* funcs;               /* by function index: the guest-signature native function */
  const MswNativeInvoke* invokers;  /* by function index */
};

#define MSWASM_NATIVE_INFO_SYMBOL "mswasm_native_info"

#ifdef __cplusplus
}
#endif

#endif
