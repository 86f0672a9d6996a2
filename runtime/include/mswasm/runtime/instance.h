// The embedding API of the MSWasm reference interpreter.
//   auto inst = Instance::create(module, options, &error);   // imports, segments, start function
//   Outcome r = inst->call("fn", {Value::i32(1)});           // results, exit, or a trap report
// The module must have passed validate(); the engine still never crashes on a module that did
// not. An Instance is single-threaded; after a trap, the embedder may call exports again.
#pragma once

#include <cstdint>
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
  std::string host;   // a host directory
  std::string guest;  // the path the guest names it by ("." grants relative paths)
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
};

struct Outcome {
  enum class Kind : uint8_t { Returned, Exited, Trapped } kind = Kind::Returned;
  std::vector<Value> results;  // Returned
  int32_t exitCode = 0;        // Exited
  std::optional<TrapReport> trap;  // Trapped
};

class Machine;

class Instance {
 public:
  // Resolves imports, lays out segments and runs the start function. Returns nullptr with
  // *error set on an instantiation error. When the start function traps or calls the host
  // `exit`, that outcome is stored in *startOutcome (when given) and nullptr is returned too.
  static std::unique_ptr<Instance> create(const Module& m, const Options& opts, std::string* error,
                                          std::optional<Outcome>* startOutcome = nullptr);
  ~Instance();

  // Calls the export `name`. Argument types must match its parameters (else a host-error trap
  // naming the mismatch). A handle argument must be null or a handle this instance returned.
  Outcome call(std::string_view name, std::span<const Value> args);
  // The export's type, or nullptr when there is no such export.
  const FuncType* exportType(std::string_view name) const;
  const Stats& stats() const;

 private:
  explicit Instance(std::unique_ptr<Machine> m);
  std::unique_ptr<Machine> machine_;
};

}  // namespace mswasm::rt
