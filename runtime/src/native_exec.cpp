// Running native code made by the native tier (native/, `mswasm-native`) without LLVM: load the
// shared object and check that it was made from this very module with these options, build the
// context its code reads (native_abi.h), run exports on a separate large stack, and implement the
// slow paths with the Machine operations the interpreter uses (ops.cpp, host.cpp, report.cpp), so
// both tiers share one set of semantics and one report builder.
//
// Traps: a slow path runs the interpreter's rule, which throws TrapSignal (or ExitSignal from the
// host `exit`). The slow path catches it in its own frame, keeps it in NativeState and jumps
// (siglongjmp) back to the entry on the guest stack, skipping only native frames, which own no
// C++ objects. invokeNative then unwinds the guest frames as the interpreter does (stack segments
// die with their frames) and rethrows on the host stack.
#include <dlfcn.h>
#include <sys/mman.h>

#include <chrono>
#include <cstddef>
#include <cstring>

#include "machine.h"
#include "mint.h"
#include "mswasm/binary.h"
#include "mswasm/sha256.h"
#include "native_state.h"

namespace mswasm::rt {

static_assert(sizeof(Slot) == sizeof(MswSlot) && offsetof(MswSlot, h) == 8, "Slot layout differs from MswSlot");

namespace {

constexpr size_t kGuestStackBytes = size_t(1) << 30;  // reserved; committed as used
constexpr size_t kGuardBytes = size_t(64) << 10;
constexpr size_t kHostMargin = size_t(1) << 20;       // left for slow paths and host calls
constexpr uint32_t kNoSite = UINT32_MAX;

thread_local Machine* enteringMachine = nullptr;

Machine& machineOf(MswNativeCtx* ctx) { return *static_cast<Machine*>(ctx->runtime); }
const Handle& asHandle(const MswHandle* h) { return *reinterpret_cast<const Handle*>(h); }
void put(MswHandle* out, const Handle& h) { *reinterpret_cast<Handle*>(out) = h; }

}  // namespace

NativeState::~NativeState() {
  {
    std::lock_guard<std::mutex> lock(mu);
    stopping = true;
  }
  cv.notify_all();
  if (watchdog.joinable()) watchdog.join();
  if (stack) ::munmap(stack, stackBytes);
  if (dl) ::dlclose(dl);
}

// ---- the call stack seen by reports ----

size_t Machine::activeDepth() const { return native_ && native_->active ? native_->ctx.depth : depth_; }

CallSite Machine::activeFrame(size_t d) const {
  if (native_ && native_->active) return {native_->frames[d].func, native_->frames[d].pc};
  const Frame& fr = frames_[d];
  return {fr.func, d + 1 == depth_ ? pc_ : fr.pc};
}

// ---- slow paths ----

namespace {

// Sets the top frame's instruction (unless the caller already did) and runs `body`; a trap or
// exit it raises is kept and the run jumps back to its entry.
template <typename Body>
auto guarded(MswNativeCtx* ctx, uint32_t func, uint32_t pc, Body&& body) -> decltype(body(machineOf(ctx))) {
  Machine& M = machineOf(ctx);
  NativeState& N = *M.native_;
  if (func != kNoSite && ctx->depth > 0) N.frames[ctx->depth - 1].pc = pc;
  try {
    return body(M);
  } catch (TrapSignal& t) {
    N.trap = std::move(t);
  } catch (ExitSignal& e) {
    N.exit = e;
  } catch (const std::bad_alloc&) {
    N.outOfMemory = true;
  }
  siglongjmp(N.trapJump, 1);
}

[[noreturn]] void slowTrap(MswNativeCtx* ctx, uint32_t code, uint32_t aux, uint32_t func, uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) {
    switch (code) {
      case MSW_NT_UNREACHABLE: M.trapUnreachable();
      case MSW_NT_DIV_ZERO: M.trapDivideByZero();
      case MSW_NT_INT_OVERFLOW: M.trapIntegerOverflow();
      case MSW_NT_CONV_NAN: M.trapBadConversion(true);
      case MSW_NT_CONV_RANGE: M.trapBadConversion(false);
      case MSW_NT_CALL_DEPTH: M.trapCallDepth(aux);
      case MSW_NT_HOST_STACK:
        M.trap(TrapKind::CallStackExhausted, "native stack exhausted",
               "calling " + M.funcName(aux) + " would exceed the native tier's guest stack (" +
                   std::to_string(kGuestStackBytes >> 20) + " MiB); run with --tier=interp");
      default:
        M.trap(TrapKind::Unsupported, "unsupported instruction", "the native code reached an instruction it cannot run");
    }
  });
  __builtin_unreachable();
}

uint64_t slowLoad(MswNativeCtx* ctx, const MswHandle* h, uint32_t off, uint32_t n, uint32_t func, uint32_t pc) {
  return guarded(ctx, func, pc, [&](Machine& M) { return M.opLoad(asHandle(h), off, n); });
}
void slowStore(MswNativeCtx* ctx, const MswHandle* h, uint32_t off, uint32_t n, uint64_t v, uint32_t func,
               uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) { M.opStore(asHandle(h), off, n, v); });
}
void slowHLoad(MswNativeCtx* ctx, const MswHandle* h, uint32_t off, MswHandle* out, uint32_t func, uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) { put(out, M.opHandleLoad(asHandle(h), off, func, pc)); });
}
void slowHStore(MswNativeCtx* ctx, const MswHandle* h, uint32_t off, const MswHandle* v, uint32_t func,
                uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) { M.opHandleStore(asHandle(h), off, asHandle(v)); });
}
void slowSegalloc(MswNativeCtx* ctx, uint32_t size, uint32_t align, MswHandle* out, uint32_t func, uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) { put(out, M.opSegalloc(size, align)); });
}
void slowSegfree(MswNativeCtx* ctx, const MswHandle* h, uint32_t func, uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) { M.opSegfree(asHandle(h)); });
}
void slowStackAlloc(MswNativeCtx* ctx, uint32_t size, uint32_t log2Align, MswHandle* out, uint32_t func,
                    uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) { put(out, M.opStackAlloc(size, log2Align, M.frames_[ctx->depth - 1])); });
}
void slowStackScope(MswNativeCtx* ctx, const MswHandle* h, uint32_t op, uint32_t func, uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) { M.opStackScope(asHandle(h), Machine::ScopeOp(op), M.frames_[ctx->depth - 1]); });
}
// Functions with stack.alloc keep their stack segments in Machine::frames_ at their depth.
void slowFrameEnter(MswNativeCtx* ctx) {
  guarded(ctx, kNoSite, 0, [&](Machine& M) {
    size_t d = ctx->depth - 1;
    if (M.frames_.size() <= d) M.frames_.resize(d + 1);
    Frame& fr = M.frames_[d];
    fr.func = M.native_->frames[d].func;
    fr.serial = ++M.frameSerial_;
    fr.stackSegs.clear();
    fr.jumps.clear();
  });
}
// The frame at depth d ends (returns, or dies under a trap or a jmp.long): its stack segments and
// jump records die with it, as in the interpreter's exitFrame.
void killFrameSegments(Machine& M, size_t d) {
  if (d >= M.frames_.size()) return;
  Frame& fr = M.frames_[d];
  M.killJumps(fr);
  bool anyLive = false;
  for (uint64_t id : fr.stackSegs) anyLive |= M.store_.owned(id) != nullptr;
  if (anyLive) {
    uint32_t cs = M.frameSite(fr);
    for (uint64_t id : fr.stackSegs)
      if (Segment* s = M.store_.owned(id)) M.store_.kill(s, IdState::Returned, cs);
  }
  fr.stackSegs.clear();
}
void slowFrameExit(MswNativeCtx* ctx, uint32_t pc) {
  guarded(ctx, 0, pc, [&](Machine& M) { killFrameSegments(M, ctx->depth - 1); });
}
void slowSlice(MswNativeCtx* ctx, const MswHandle* h, uint32_t len, MswHandle* out, uint32_t func, uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) { put(out, M.opSlice(asHandle(h), len, func, pc)); });
}
void slowSegCopy(MswNativeCtx* ctx, const MswHandle* dst, const MswHandle* src, uint32_t n, uint32_t func,
                 uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) { M.opSegmentCopy(asHandle(dst), asHandle(src), n); });
}
void slowSegFill(MswNativeCtx* ctx, const MswHandle* dst, uint32_t v, uint32_t n, uint32_t func, uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) { M.opSegmentFill(asHandle(dst), v, n); });
}
void* slowResolveCall(MswNativeCtx* ctx, const MswHandle* h, uint32_t typeIndex, uint32_t func, uint32_t pc) {
  return guarded(ctx, func, pc, [&](Machine& M) -> void* {
    return const_cast<void*>(M.native_->info->funcs[M.opResolveCall(asHandle(h), typeIndex)]);
  });
}
void slowHostCall(MswNativeCtx* ctx, uint32_t import, MswSlot* slots, uint32_t func, uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) {
    const FuncType& t = M.mod_.funcType(import);
    size_t base = M.stack_.size();
    for (size_t i = 0; i < t.params.size(); ++i) {
      Slot s;
      std::memcpy(static_cast<void*>(&s), &slots[i], sizeof(Slot));
      M.stack_.push_back(s);
    }
    M.callImport(import);
    for (size_t i = 0; i < t.results.size(); ++i)
      std::memcpy(static_cast<void*>(&slots[i]), &M.stack_[base + i], sizeof(Slot));
    M.stack_.resize(base);
  });
}
void slowPoll(MswNativeCtx* ctx, uint32_t func, uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) {
    if (std::chrono::steady_clock::now() > M.deadline_) M.trapTimeout();
  });
}

void slowJmpSet(MswNativeCtx* ctx, const MswHandle* buf, MswSlot* slots, uint32_t n, void* native, uint32_t func,
                uint32_t pc) {
  guarded(ctx, func, pc, [&](Machine& M) {
    JumpRecord rec;
    rec.stack.resize(n);
    if (n) std::memcpy(static_cast<void*>(rec.stack.data()), slots, n * sizeof(MswSlot));
    rec.nativeBuf = native;
    rec.nativeSlots = slots;
    M.opJmpSet(asHandle(buf), ctx->depth - 1, std::move(rec));
  });
}
// setjmp must be the C library's own function, called by the compiled frame itself (a wrapper's
// frame would be gone when jmp.long resumes it); _setjmp leaves the signal mask alone.
using SetjmpFn = int32_t (*)(void*);
const SetjmpFn slowSetjmp = reinterpret_cast<SetjmpFn>(reinterpret_cast<void (*)()>(&_setjmp));
[[noreturn]] void slowJmpLong(MswNativeCtx* ctx, const MswHandle* buf, uint32_t val, uint32_t func, uint32_t pc) {
  void* target = guarded(ctx, func, pc, [&](Machine& M) -> void* {
    NativeState& N = *M.native_;
    const JumpRecord& rec = M.opJmpLongTarget(asHandle(buf), ctx->depth, N.entryDepth);
    const uint32_t frameDepth = rec.frameDepth;
    void* native = rec.nativeBuf;
    if (!rec.stack.empty())
      std::memcpy(static_cast<void*>(rec.nativeSlots), rec.stack.data(), rec.stack.size() * sizeof(MswSlot));
    // The frames above the record's die innermost first, with the call stack still showing them
    // (their stack segments' free sites), as in the interpreter.
    while (ctx->depth - 1 > frameDepth) {
      killFrameSegments(M, ctx->depth - 1);
      --ctx->depth;
    }
    return native;
  });
  _longjmp(*static_cast<jmp_buf*>(target), val ? int(val) : 1);
}

const MswSlowPaths kSlowPaths = {
    slowTrap, slowLoad, slowStore, slowHLoad, slowHStore, slowSegalloc, slowSegfree, slowStackAlloc, slowStackScope,
    slowFrameEnter, slowFrameExit, slowSlice, slowSegCopy, slowSegFill, slowResolveCall, slowHostCall, slowPoll,
    slowJmpSet, slowSetjmp, slowJmpLong,
};
static_assert(sizeof(jmp_buf) <= MSWASM_NATIVE_JMPBUF_BYTES && alignof(jmp_buf) <= 16,
              "compiled frames reserve MSWASM_NATIVE_JMPBUF_BYTES for a jump buffer");

// Runs on the guest stack: the entry trampoline under the trap jump buffer.
void guestEntry() {
  Machine* M = enteringMachine;
  NativeState& N = *M->native_;
  if (sigsetjmp(N.trapJump, 0) == 0) {
    N.invoker(&N.ctx, N.args, N.results);
    N.returned = true;
  } else {
    N.returned = false;
  }
  // Returning goes back to the host stack (runOnGuestStack).
}

#if defined(__x86_64__)
// Calls guestEntry with the stack pointer at the top of the guest stack and restores it after:
// no signal-mask system calls, which swapcontext makes twice per switch (a short export call
// would cost a microsecond). Every caller-saved register is declared clobbered; the host's
// stack pointer is kept in callee-saved r12, which guestEntry (a C++ function) preserves.
__attribute__((noinline)) void runOnGuestStack(NativeState& N) {
  void* top = N.stack + N.stackBytes;
  void (*fn)() = guestEntry;
  asm volatile(
      "mov %%rsp, %%r12\n\t"
      "mov %[top], %%rsp\n\t"
      "and $-16, %%rsp\n\t"
      "call *%[fn]\n\t"
      "mov %%r12, %%rsp\n\t"
      :
      : [top] "r"(top), [fn] "r"(fn)
      : "r12", "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "memory", "cc", "xmm0", "xmm1", "xmm2",
        "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14",
        "xmm15", "st", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)");
}
#else
// Other architectures: ucontext (two signal-mask system calls per switch).
void runOnGuestStack(NativeState& N) {
  getcontext(&N.guestContext);
  N.guestContext.uc_stack.ss_sp = N.stack;
  N.guestContext.uc_stack.ss_size = N.stackBytes;
  N.guestContext.uc_link = &N.hostContext;
  makecontext(&N.guestContext, guestEntry, 0);
  swapcontext(&N.hostContext, &N.guestContext);
}
#endif

}  // namespace

// ---- loading ----

bool Machine::loadNative(std::string* error) {
  auto N = std::make_unique<NativeState>();
  N->dl = ::dlopen(opts_.nativeCode.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!N->dl) {
    const char* e = ::dlerror();
    *error = "cannot load native code '" + opts_.nativeCode + "': " + (e ? e : "unknown error");
    return false;
  }
  N->info = static_cast<const MswNativeInfo*>(::dlsym(N->dl, MSWASM_NATIVE_INFO_SYMBOL));
  if (!N->info) {
    *error = "native code '" + opts_.nativeCode + "' is not an MSWasm native module";
    return false;
  }
  const MswNativeInfo& info = *N->info;
  std::vector<uint8_t> canon = writeBinary(mod_);
  Sha256Digest d = sha256(canon.data(), canon.size());
  uint32_t wantFlags = (opts_.timeoutSeconds > 0 ? MSWASM_NATIVE_OPT_TIMEOUT_POLLS : 0) |
                       (opts_.strictTags ? MSWASM_NATIVE_OPT_STRICT_TAGS : 0);
  if (info.abiVersion != MSWASM_NATIVE_ABI_VERSION) {
    *error = "native code '" + opts_.nativeCode + "' was made for native ABI " + std::to_string(info.abiVersion) +
             ", this engine runs ABI " + std::to_string(MSWASM_NATIVE_ABI_VERSION);
    return false;
  }
  if (std::memcmp(info.moduleHash, d.words, sizeof d.words) != 0 || info.numFunctions != mod_.numFunctions() ||
      info.numImports != mod_.imports.size()) {
    *error = "native code '" + opts_.nativeCode + "' was made from a different module";
    return false;
  }
  if (info.options != wantFlags) {
    *error = "native code '" + opts_.nativeCode + "' was made for other options (" +
             ((info.options & MSWASM_NATIVE_OPT_TIMEOUT_POLLS) ? "with" : "without") + " --timeout, " +
             ((info.options & MSWASM_NATIVE_OPT_STRICT_TAGS) ? "with" : "without") + " --strict-tags)";
    return false;
  }
  if (opts_.fuel != 0 || opts_.idBits != 64) {
    *error = std::string("the native tier does not implement ") +
             (opts_.fuel ? "--fuel" : "--debug-id-bits") + " yet; run with --tier=interp";
    return false;
  }
  // Per-instance tables.
  for (const Segment* s : globalSegs_) N->gsegs.push_back({s->addr, s->size, s->id});
  for (uint32_t f = 0; f < mod_.numFunctions(); ++f) N->codes.push_back({codeAddr_[f], 0, codeId_[f]});
  N->frames.resize(size_t(opts_.maxCallDepth) + 1);
  // The guest stack, with an inaccessible guard at its low end.
  N->stackBytes = kGuestStackBytes;
  void* st = ::mmap(nullptr, N->stackBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (st == MAP_FAILED) {
    *error = "cannot reserve the native tier's guest stack";
    return false;
  }
  N->stack = static_cast<uint8_t*>(st);
  ::mprotect(N->stack, kGuardBytes, PROT_NONE);
  MswNativeCtx& c = N->ctx;
  c.region = store_.region();
  c.idFlags = store_.idFlags();
  c.tagShadow = reinterpret_cast<const uint8_t*>(store_.shadow());
  c.frames = N->frames.data();
  c.depth = 0;
  c.maxDepth = opts_.maxCallDepth;
  c.stackLimit = reinterpret_cast<uintptr_t>(N->stack) + kGuardBytes + kHostMargin;
  c.globals = reinterpret_cast<MswSlot*>(globals_.data());
  c.gsegs = N->gsegs.data();
  c.codes = N->codes.data();
  c.slow = &kSlowPaths;
  c.funcs = info.funcs;
  c.interrupt = 0;
  c.runtime = this;
  // Code ids are consecutive (instantiation gives them out first, in function order): compiled
  // indirect calls turn an id into a function index by subtraction.
  c.firstCodeId = codeId_.empty() ? 0 : codeId_[0];
  for (uint32_t f = 0; f < codeId_.size(); ++f)
    if (codeId_[f] != c.firstCodeId + f) {
      *error = "the native tier needs consecutive code ids";
      return false;
    }
  native_ = std::move(N);
  return true;
}

// --timeout: one watchdog thread per instance sets ctx.interrupt when the deadline of the
// current outermost call passes; each outermost call re-arms it (and clears the flag).
void Machine::startNativeWatchdog() {
  if (!native_ || opts_.timeoutSeconds <= 0 || native_->watchdog.joinable()) return;
  NativeState* N = native_.get();
  N->watchdog = std::thread([N] {
    std::unique_lock<std::mutex> lock(N->mu);
    while (!N->stopping) {
      if (!N->armed) {
        N->cv.wait(lock);
        continue;
      }
      auto deadline = N->deadline;
      uint64_t generation = N->generation;
      if (N->cv.wait_until(lock, deadline, [&] { return N->stopping || N->generation != generation; })) continue;
      N->ctx.interrupt = 1;
      N->armed = false;
    }
  });
}

void Machine::rearmNativeWatchdog() {
  NativeState* N = native_.get();
  {
    std::lock_guard<std::mutex> lock(N->mu);
    N->deadline = deadline_;
    N->armed = true;
    ++N->generation;
    N->ctx.interrupt = 0;
  }
  N->cv.notify_all();
}

bool Machine::runsNative(uint32_t func) const {
  // Nested calls (a host function calling back) run natively only when the outer call does.
  return native_ && func >= mod_.imports.size() && func < native_->info->numFunctions &&
         native_->info->invokers[func] != nullptr && depth_ == 0;
}

void Machine::invokeNative(uint32_t func, size_t entryStack) {
  NativeState& N = *native_;
  const FuncType& t = mod_.funcType(func);
  // Arguments and results: on this stack when they fit (export calls are often short).
  MswSlot argsSmall[8], resultsSmall[2];
  std::vector<MswSlot> argsBig, resultsBig;
  MswSlot* args = argsSmall;
  MswSlot* results = resultsSmall;
  if (t.params.size() > 8) args = (argsBig = std::vector<MswSlot>(t.params.size())).data();
  if (t.results.size() > 2) results = (resultsBig = std::vector<MswSlot>(t.results.size())).data();
  std::memcpy(static_cast<void*>(args), &stack_[entryStack], t.params.size() * sizeof(Slot));
  std::memset(static_cast<void*>(results), 0, std::max<size_t>(1, t.results.size()) * sizeof(MswSlot));
  stack_.resize(entryStack);
  if (N.active) {
    invokeNativeNested(func, args, results);
    for (size_t i = 0; i < t.results.size(); ++i) {
      Slot s;
      std::memcpy(static_cast<void*>(&s), &results[i], sizeof(Slot));
      stack_.push_back(s);
    }
    return;
  }
  N.invoker = N.info->invokers[func];
  N.args = args;
  N.results = results;
  N.returned = false;
  N.trap.reset();
  N.exit.reset();
  N.outOfMemory = false;
  N.ctx.depth = 0;
  N.entryDepth = 0;
  N.active = true;
  Machine* saved = enteringMachine;
  enteringMachine = this;
  runOnGuestStack(N);
  enteringMachine = saved;
  if (N.returned) {
    N.active = false;
    for (size_t i = 0; i < t.results.size(); ++i) {
      Slot s;
      std::memcpy(static_cast<void*>(&s), &results[i], sizeof(Slot));
      stack_.push_back(s);
    }
    return;
  }
  // A trap or exit: the guest frames die as in the interpreter, innermost first.
  rethrowNativeStop(0);
}

// A call from a host function that native code called: we are on the guest stack already, so
// the callee runs right here, deeper in the same frame stack (the call depth and the guest
// stack limit count it), under a trap jump buffer of its own. A trap unwinds only its frames.
void Machine::invokeNativeNested(uint32_t func, const MswSlot* args, MswSlot* results) {
  NativeState& N = *native_;
  sigjmp_buf outerJump;
  std::memcpy(&outerJump, &N.trapJump, sizeof(sigjmp_buf));
  const uint32_t entryDepth = N.ctx.depth;
  const uint32_t outerEntryDepth = N.entryDepth;
  N.entryDepth = entryDepth;  // a jmp.long may not leave this call
  MswNativeInvoke invoker = N.info->invokers[func];
  // volatile: read after siglongjmp returns to this frame.
  volatile bool ok = false;
  if (sigsetjmp(N.trapJump, 0) == 0) {
    invoker(&N.ctx, args, results);
    ok = true;
  }
  std::memcpy(&N.trapJump, &outerJump, sizeof(sigjmp_buf));
  N.entryDepth = outerEntryDepth;
  if (ok) return;
  rethrowNativeStop(entryDepth);
}

// After a slow path stopped native code (trap, exit or host out-of-memory): unwinds the native
// frames above `entryDepth` (their stack segments die, as in the interpreter, with the native
// call stack still visible to the free-site capture) and throws what stopped them, as
// TrapSignal or ExitSignal, on the caller's side.
void Machine::rethrowNativeStop(uint32_t entryDepth) {
  NativeState& N = *native_;
  if (!N.trap && !N.exit && N.outOfMemory) {
    TrapSignal sig;
    sig.report.kind = TrapKind::HostError;
    sig.report.headline = "the engine ran out of host memory";
    sig.report.message = sig.report.headline;
    sig.report.stack = resolve(captureStack(64));
    N.trap = std::move(sig);
  }
  N.outOfMemory = false;
  try {
    while (N.ctx.depth > entryDepth) {
      killFrameSegments(*this, N.ctx.depth - 1);
      --N.ctx.depth;
    }
  } catch (...) {
    N.ctx.depth = entryDepth;
  }
  if (entryDepth == 0) N.active = false;  // the outermost native call ended
  if (N.exit) {
    ExitSignal e = *N.exit;
    N.exit.reset();
    throw e;
  }
  TrapSignal sig = std::move(*N.trap);
  N.trap.reset();
  throw sig;
}

}  // namespace mswasm::rt
