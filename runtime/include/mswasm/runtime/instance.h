// The C++ embedding API of the MSWasm engine (the C API, embed/include/mswasm.h, wraps it).
//   auto inst = Instance::create(module, options, &error, nullptr, imports);
//   Outcome r = inst->call("fn", {Value::i32(1)});           // results, exit, or a trap report
// Instantiation validates the module; the engine never crashes on a module that did not pass.
// Imports resolve against the host interface (module "mswasm") and the embedder's HostImports.
// A host function may call back into the guest (Instance::call inside it nests, counted in the
// call depth) and read or write guest buffers through handles it was given (read/write/alloc).
// An Instance is single-threaded; separate instances are independent and may run on different
// threads at once. After a trap, the embedder may call exports again (docs/embedding.md says
// when that is wise).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mswasm/module.h"
#include "mswasm/runtime/trap.h"
#include "mswasm/runtime/value.h"

namespace mswasm::rt {

struct DirGrant {
  std::string host;   // a host directory (not on a pseudo file system such as procfs or sysfs)
  std::string guest;  // the path the guest names it by ("." grants relative paths)
  bool readOnly = false;  // every change beneath it fails with EROFS (--dir=HOST:GUEST:ro)
};

struct Options {
  uint64_t maxMemory = uint64_t(1) << 30;  // live heap + stack + global bytes
  uint64_t stackLimit = uint64_t(64) << 20;  // live stack-segment bytes
  uint64_t fuel = 0;                        // instructions; 0 = unlimited
  double timeoutSeconds = 0;                // 0 = none
  uint32_t maxCallDepth = 10000;
  bool strictTags = false;
  bool deterministic = false;
  std::vector<DirGrant> dirs;
  std::vector<std::string> args;  // args[0] is the program name
  std::vector<std::string> env;   // "NAME=value"
  int stdinFd = 0, stdoutFd = 1, stderrFd = 2;
  // Debugging: width of allocation ids (default 64: never reused). With a small width the engine
  // reclaims ids by sweeping every place a handle can live (see Store). Handles an embedder keeps
  // between calls are not among those places: use narrow ids in command mode only.
  uint32_t idBits = 64;
  // The native tier: a shared object made by `mswasm-native` (or `mswasm compile`) from this
  // very module with matching options; when set, exports run as native code. Loading it needs
  // no LLVM. Empty: the reference interpreter runs everything.
  std::string nativeCode;
};

struct Stats {
  uint64_t instructions = 0;
  uint64_t segmentsAllocated = 0;
  uint64_t idsReclaimed = 0;
  uint64_t sweeps = 0;
  uint64_t peakLiveBytes = 0;
  uint64_t idPagesReleased = 0;  // pages of 4096 ids whose tables were handed back
};

struct Outcome {
  enum class Kind : uint8_t { Returned, Exited, Trapped } kind = Kind::Returned;
  std::vector<Value> results;  // Returned
  int32_t exitCode = 0;        // Exited
  std::optional<TrapReport> trap;  // Trapped
};

class Machine;
class Instance;

// A function the embedder gives the guest: the guest imports it as (module, name) and must
// declare exactly `type`. `fn` receives the instance (to call back into the guest or to reach
// its buffers), the arguments (typed as `type` says; handles are the guest's own) and result
// slots already typed; it returns nothing on success, or a message with which the guest traps
// (a host-error report naming the function). A result handle must be null or one this instance
// gave out. A C++ exception escaping `fn` traps the guest the same way.
using HostCallback =
    std::function<std::optional<std::string>(Instance& inst, std::span<const Value> args, std::span<Value> results)>;
struct HostImport {
  std::string module, name;
  FuncType type;
  HostCallback fn;
};

class Instance {
 public:
  // Resolves imports (the host interface, then `imports`), lays out segments and runs the start
  // function. Returns nullptr with *error set on an instantiation error. When the start
  // function traps or calls the host `exit`, that outcome is stored in *startOutcome (when
  // given) and nullptr is returned too.
  static std::unique_ptr<Instance> create(const Module& m, const Options& opts, std::string* error,
                                          std::optional<Outcome>* startOutcome = nullptr,
                                          std::span<const HostImport> imports = {});
  ~Instance();

  // Calls the export `name`. Argument types must match its parameters (else a host-error trap
  // naming the mismatch). A handle argument must be null or a handle this instance gave out
  // (returned from an export, passed to a host function, or made by alloc).
  // Called from inside a host function it nests: a trap or exit in the nested call is returned
  // here and, once the host function returns, ends the outer call with the same report.
  // --timeout counts from each outermost call.
  Outcome call(std::string_view name, std::span<const Value> args);

  // Calls the guest function a code handle names (a function pointer the guest gave the host).
  Outcome call(const Handle& code, std::span<const Value> args);

  // Guest buffers. `h` must be a handle this instance gave out. The access is checked exactly
  // like a guest access; a failing check returns its report (use after free, overflow, ...)
  // and, inside a host function, also traps the guest once the host function returns.
  std::optional<TrapReport> read(const Handle& h, uint32_t offset, void* out, size_t n);
  std::optional<TrapReport> write(const Handle& h, uint32_t offset, const void* data, size_t n);
  // Allocates `size` bytes in the guest's heap: through the module's exported `malloc` when it
  // has one (so the guest may free or realloc the block), else as a new heap segment. The
  // result handle (Returned, one Handle) is null when the guest is out of memory.
  Outcome alloc(uint32_t size);
  // Frees a block from alloc (or any heap handle this instance gave out) the same way.
  Outcome free(const Handle& h);
  // True when `h` is null or a handle this instance gave out.
  bool owns(const Handle& h) const;
  // The export's type, or nullptr when there is no such export.
  const FuncType* exportType(std::string_view name) const;
  // The type of the function a code handle names, or nullptr when it names none.
  const FuncType* functionType(const Handle& code) const;
  const Stats& stats() const;

 private:
  explicit Instance(std::unique_ptr<Machine> m);
  std::unique_ptr<Machine> machine_;
};

}  // namespace mswasm::rt
