// The native tier's compiler: a validated MSWasm module -> LLVM IR -> optimised object -> shared
// object that the runtime loads (runtime/src/native_exec.cpp). See docs/native-tier.md.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "mswasm/module.h"

namespace llvm {
class LLVMContext;
class Module;
}  // namespace llvm

namespace mswasm::native {

// String attribute the translator puts on functions the module's `mswasm.hints` section marks
// compile-fast (docs/spec.md, "Compilation hints"); the compiler gives them the short pipeline.
inline constexpr const char* kCompileFastAttr = "mswasm-compile-fast";

// Metadata the translator puts on the conditional branch of each inline access check
// (kCheckBranchMD) and on the slow-path calls of data loads and stores (kCheckSlowMD), for the
// loop versioning pass (native/src/LoopVersioning.cpp).
inline constexpr const char* kCheckBranchMD = "mswasm.check";
inline constexpr const char* kCheckSlowMD = "mswasm.check.slow";

struct TranslateOptions {
  uint32_t flags = 0;        // MSWASM_NATIVE_OPT_*
  uint64_t moduleHash[4] = {0, 0, 0, 0};
};

// Translates every function of `m` (which must have passed validate()) into one LLVM module that
// exports MSWASM_NATIVE_INFO_SYMBOL. Returns nullptr and sets *error when it cannot.
std::unique_ptr<llvm::Module> translate(const Module& m, const TranslateOptions& opts, llvm::LLVMContext& ctx,
                                        std::string* error);

struct CompileOptions {
  TranslateOptions translate;
  int optLevel = 3;
  std::string emitIR;  // when non-empty, write the optimised IR here (tests)
};

// translate + optimise + emit an object + link it into a shared object at `soPath`.
bool compileToSharedObject(const Module& m, const CompileOptions& opts, const std::string& soPath,
                           std::string* error);

}  // namespace mswasm::native
