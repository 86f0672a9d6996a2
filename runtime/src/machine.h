// Internal state of one instance: the pre-decoded code, the segment store, globals, the operand,
// label and frame stacks, jump records, host state (fds, args) and the interpreter entry points.
// interp.cpp holds the instruction loop, host.cpp the host interface, instance.cpp
// instantiation and export calls, report.cpp rendering of traps.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "mswasm/module.h"
#include "mswasm/runtime/instance.h"
#include "mswasm/runtime/store.h"
#include "mswasm/runtime/trap.h"
#include "srcloc.h"

struct MswSlot;  // native_abi.h

namespace mswasm::rt {

// One pre-decoded instruction; same index as in the module's body (so reports and mswasm.loc
// use the body's instruction numbers). Fields by opcode:
//   block/loop/if: a = index of the matching end, b = index of else (if; = a when none),
//                  c = block parameter count, d = block result count
//   else: a = index of the matching end        br/br_if: a = depth
//   br_table: a = first target in Code::brTargets, b = count (default last)
//   call/func.handle: a = function index       call.handle: a = type index
//   local.*/global.*: a = index                 segload/segstore: a = static offset
//   stack.alloc: a = log2 alignment             global.segment: a = segment index
//   consts: imm = bits                          the function's final end: op = Return
struct Op {
  Opcode op = Opcode::Nop;
  uint32_t a = 0, b = 0, c = 0, d = 0;
  uint64_t imm = 0;
};

struct Code {
  uint32_t nparams = 0, nresults = 0, nlocals = 0;  // nlocals includes params
  std::vector<Op> ops;
  std::vector<uint32_t> brTargets;
  std::string error;  // non-empty: the body could not be decoded (invalid module)
};

struct Slot {
  uint64_t bits = 0;
  Handle h;
};

struct Label {
  uint32_t height = 0;  // operand-stack height at entry, below the block's parameters
  uint32_t arity = 0;   // values a branch to it carries
  uint32_t cont = 0;    // where a branch to it continues
  bool loop = false;    // a branch keeps the label (loop) or pops it (block, if, function)
};

struct Frame {
  uint32_t func = 0;
  uint32_t pc = 0;  // current instruction (updated at calls and traps)
  uint32_t localsBase = 0, stackBase = 0, labelBase = 0;
  uint64_t serial = 0;
  // The call stack below this frame (at most kSiteFrames - 1 frames), interned once the frame
  // first needs it (Machine::frameSite); valid while chainSerial == serial.
  uint64_t chainSerial = 0;
  uint32_t callerChain = 0;
  std::vector<uint64_t> stackSegs;  // ids of stack segments it allocated
  std::vector<uint64_t> jumps;      // ids of its jump records
};

struct JumpRecord {
  uint64_t frameSerial = 0;
  uint32_t frameDepth = 0;
  uint32_t pc = 0;  // the instruction after jmp.set
  std::vector<Slot> stack;    // the frame's operand stack below the buffer operand
  std::vector<Label> labels;  // the frame's label stack
  // Native tier: where the compiled frame's setjmp saved this site's resumption point, and the
  // frame's slots that receive `stack` again when jmp.long resumes there.
  void* nativeBuf = nullptr;
  ::MswSlot* nativeSlots = nullptr;
};

enum class HostFn : uint8_t {
  ArgsCount, ArgLen, ArgCopy, EnvCount, EnvLen, EnvCopy, FdWrite, FdRead, FdSeek, FdClose,
  FdIsatty, PathOpen, PathUnlink, PathRename, ClockTime, RandomGet, Exit, FdStat, FdDup, PathStat,
  PathAccess, PathMkdir, PathRmdir, ClockSleep, PathLstat, PathReaddir, FdTruncate, FdSync,
  PathChmod, FdChmod, PathUtimes, FdUtimes, PathReadlink, PathSymlink, PathLink, PathChdir, CwdGet
};

// Thrown to stop execution: a trap (report filled in by Machine::trapHere) or a host exit.
struct TrapSignal {
  TrapReport report;
};
struct ExitSignal {
  int32_t code = 0;
};

class Machine {
 public:
  Machine(const Module& m, const Options& opts);
  ~Machine();
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  bool instantiate(std::string* error, std::optional<Outcome>* startOutcome, std::span<const HostImport> imports);
  Outcome invoke(uint32_t func, std::span<const Value> args);
  Instance* owner_ = nullptr;  // the Instance host functions receive

  const Module& module() const { return mod_; }
  Stats stats_;

  // ---- used by interp.cpp / host.cpp / report.cpp ----
  enum class Mode : uint8_t { Read, Write };
  // The access check of docs/spec.md; returns the first byte of the access in the segment.
  uint8_t* check(const Handle& h, uint32_t staticOffset, uint32_t n, Mode mode, bool handleAccess,
                 Segment** segOut, bool strictApplies = true);
  [[noreturn]] void trap(TrapKind k, std::string headline, std::string message,
                         std::vector<std::string> notes = {});
  // "handle made by handle.from_int at f t.c:3:4" for an invalid handle with a known origin.
  std::string originNote(const Handle& h) const;
  // The non-memory traps both tiers raise, each with its one report text (report.cpp).
  [[noreturn]] void trapUnreachable();
  [[noreturn]] void trapDivideByZero();
  [[noreturn]] void trapIntegerOverflow();
  [[noreturn]] void trapBadConversion(bool nan);
  [[noreturn]] void trapCallDepth(uint32_t callee);
  [[noreturn]] void trapTimeout();
  // --timeout: waits until hostFd is ready for the read or write, or traps at the deadline.
  void waitUntilReady(int hostFd, bool writing, uint32_t guestFd);
  [[noreturn]] void trapAccess(TrapKind k, const Handle& h, uint64_t effective, uint32_t n, Mode mode,
                               std::string message);
  CallStack captureStack(size_t maxFrames) const;
  // The current call stack (at most kSiteFrames frames) interned in the store's depot.
  static constexpr size_t kSiteFrames = 8;
  uint32_t captureSite();
  // The call stack from frame depth - 1 outwards, at most maxFrames (<= kSiteFrames) frames,
  // interned.
  uint32_t internStack(size_t depth, size_t maxFrames);
  // The same, for an operation of the top frame `fr` on its stack segments: the part of the stack
  // below fr is interned once per frame, and each operation adds only its own site.
  uint32_t frameSite(Frame& fr);
  std::vector<FrameInfo> resolve(const CallStack& cs) const;
  std::string funcName(uint32_t func) const;
  std::string typeString(const FuncType& t) const;
  SegmentInfo segmentInfo(const Segment& s) const;
  void clearTags(Segment* s, uint64_t rel, uint64_t n);
  void checkStrictRead(Segment* s, uint64_t rel, uint64_t n, const Handle& h, uint64_t eff);

  void callHost(HostFn fn);
  // Calls import `import` (a host-interface function or an embedder's HostImport) with its
  // arguments on stack_; leaves its results there. Both tiers call imports through it.
  void callImport(uint32_t import);
  void callEmbedder(uint32_t k);
  // Embedder-visible handles: null or given out by this instance (exported_).
  bool accepts(const Handle& h) const;
  void giveOut(const Handle& h);
  // --timeout: the deadline of the current outermost call (both tiers).
  void armDeadline();

  // ---- instruction semantics shared by both tiers (ops.cpp) ----
  uint64_t opLoad(const Handle& h, uint32_t off, uint32_t n);
  void opStore(const Handle& h, uint32_t off, uint32_t n, uint64_t v);
  Handle opHandleLoad(const Handle& h, uint32_t off, uint32_t func, uint32_t instr);
  void opHandleStore(const Handle& h, uint32_t off, const Handle& v);
  Handle opSegalloc(uint32_t size, uint32_t align);
  void opSegfree(const Handle& h);
  Handle opStackAlloc(uint32_t size, uint32_t log2Align, Frame& fr);
  // stack.free, stack.reopen and stack.release (the numbers are the native slow path's argument).
  enum class ScopeOp : uint32_t { Close = 0, Reopen = 1, Release = 2 };
  void opStackScope(const Handle& h, ScopeOp op, Frame& fr);
  Handle opSlice(const Handle& h, uint32_t len, uint32_t func, uint32_t instr);
  // jmp.set's rule: checks the buffer, files `rec` as a new jump record of the frame at
  // `frameDepth` and writes its jump handle into the buffer.
  void opJmpSet(const Handle& buf, uint32_t frameDepth, JumpRecord rec);
  // jmp.long's checks: the record the buffer names, if its frame is active, at or above
  // `entryDepth` (the outermost frame of the current export call), with `depth` frames active.
  const JumpRecord& opJmpLongTarget(const Handle& buf, size_t depth, size_t entryDepth);
  // A frame ends: its jump records die.
  void killJumps(Frame& fr);
  void opSegmentCopy(const Handle& dst, const Handle& src, uint32_t n);
  void opSegmentFill(const Handle& dst, uint32_t v, uint32_t n);
  uint32_t opResolveCall(const Handle& h, uint32_t typeIndex);  // the callee's function index

  // ---- the guest call stack, whichever tier runs it ----
  size_t activeDepth() const;
  CallSite activeFrame(size_t d) const;  // d < activeDepth(), 0 = outermost

  // ---- the native tier (native_exec.cpp) ----
  // Loads the shared object named by Options::nativeCode; false with *error when it does not
  // belong to this module and these options.
  bool loadNative(std::string* error);
  bool runsNative(uint32_t func) const;
  void startNativeWatchdog();
  void rearmNativeWatchdog();  // after deadline_ changed
  // Runs `func` natively with its arguments already on stack_; leaves its results there.
  void invokeNative(uint32_t func, size_t entryStack);
  void invokeNativeNested(uint32_t func, const ::MswSlot* args, ::MswSlot* results);
  [[noreturn]] void rethrowNativeStop(uint32_t entryDepth);
  std::unique_ptr<struct NativeState> native_;

 private:
  friend struct Interp;
  void decodeAll();
  void execute(size_t entryDepth);
  void pushFrame(uint32_t func);
  void exitFrame(IdState cause);
  void unwindTo(size_t depth);
  void visitRoots(const Store::HandleSink& sink) const;

 public:
  Module mod_;
  Options opts_;
  Store store_;
  SourceLocations locs_;
  std::vector<Code> code_;              // by defined-function index
  // Imports by index: a host-interface function, or (embedder >= 0) hostImports_[embedder].
  struct ImportBinding {
    HostFn fn = HostFn::Exit;
    int32_t embedder = -1;
  };
  std::vector<ImportBinding> imports_;
  std::vector<HostImport> hostImports_;
  std::vector<std::string> hostImportNames_;  // "module.name", for reports
  // Embedder host functions running (nesting): a trap or exit of a nested call, or of a buffer
  // access the host made, waits here until the host function returns, then ends the outer call.
  uint32_t hostCallDepth_ = 0;
  std::optional<TrapReport> pendingTrap_;
  std::optional<int32_t> pendingExit_;
  std::vector<Slot> globals_;
  std::vector<Segment*> globalSegs_;    // by segment index
  std::vector<uint32_t> codeAddr_;      // by function index
  std::vector<uint64_t> codeId_;        // by function index
  std::unordered_map<uint64_t, uint32_t> codeById_;  // code id -> function index
  std::unordered_map<uint64_t, JumpRecord> jumps_;
  // Authoritative handles this instance returned to the embedder, keyed by (kind, id, base,
  // bound): the only ones it accepts back as arguments (so no handle from another instance, or
  // made up by the embedder, gains authority here). They are roots for id sweeps.
  std::set<std::tuple<uint8_t, uint64_t, uint32_t, uint32_t>> exported_;
  std::vector<Handle> exportedList_;
  size_t exportedPruneAt_ = 4096;  // giveOut drops entries of dead segments at this size

  std::vector<Slot> stack_;
  // Operand-stack pops shared by the interpreter loop and the host functions.
  uint32_t popU32() {
    uint32_t v = uint32_t(stack_.back().bits);
    stack_.pop_back();
    return v;
  }
  uint64_t popU64() {
    uint64_t v = stack_.back().bits;
    stack_.pop_back();
    return v;
  }
  Handle popH() {
    Handle h = stack_.back().h;
    stack_.pop_back();
    return h;
  }
  std::vector<Slot> locals_;
  std::vector<Label> labels_;
  std::vector<Frame> frames_;
  size_t depth_ = 0;  // frames_[0 .. depth_) are active
  uint64_t frameSerial_ = 0;
  uint32_t pc_ = 0;   // current instruction of the innermost frame while executing

  uint64_t fuelLeft_ = 0;
  std::chrono::steady_clock::time_point deadline_;
  uint64_t timeoutCounter_ = 0;
  bool pastDeadline() const { return std::chrono::steady_clock::now() > deadline_; }
  // Bulk copies and fills of at least this many bytes check --timeout's deadline themselves.
  static constexpr uint32_t kBulkPollBytes = 1u << 16;

  // host state
  // A guest descriptor: a host descriptor, or one of the engine's virtual devices (/dev/null,
  // /dev/zero, /dev/urandom: docs/spec.md, "Devices"), which have no host descriptor.
  enum class Device : uint8_t { None, Null, Zero, Random };
  enum class Origin : uint8_t { Operator, ReadOnlyGrant, ReadWriteGrant };
  struct Fd {
    int host = -1;
    bool readable = false, writable = false, owned = false;
    Device device = Device::None;
    Origin origin = Origin::Operator;  // where the open file came from: fd_chmod, fd_utimes
  };
  std::vector<std::optional<Fd>> fds_;
  uint64_t clockCalls_ = 0;
  uint64_t rngState_ = 0x853c49e6748fea9bULL;
  std::vector<std::pair<std::string, int>> dirFds_;  // normalised guest path -> host dir fd
  // The working directory (path_chdir): components relative to the "." grant, or absolute.
  // Relative guest paths are resolved after it; initially the "." grant's root.
  std::vector<std::string> cwdParts_;
  bool cwdAbsolute_ = false;
  // The absolute guest name of the "." grant's root (cwd_get), when it has one: another grant of
  // the same host directory, or "/" when no grant is named "/" (rootAlias_ is then the "."
  // grant's index, and absolute paths that match no grant resolve in it).
  std::optional<std::vector<std::string>> dotName_;
  size_t rootAlias_ = SIZE_MAX;
  void initHost();
  // Host function being executed (for reports): a static name of the host interface or an entry
  // of hostImportNames_, never owned here (saving and restoring it around calls costs nothing).
  std::string_view currentHost_;
};

// Host function lookup by field name: its index and type.
std::optional<HostFn> hostFunction(std::string_view field, FuncType* type);
std::string_view hostFunctionName(HostFn fn);

}  // namespace mswasm::rt
