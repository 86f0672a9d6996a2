// Running Clang (as a library) on one cc1 invocation with the MSWasm target.
#pragma once

#include <memory>

namespace llvm {
class LLVMContext;
class Module;
}  // namespace llvm

namespace clang {
class CompilerInvocation;
class DiagnosticConsumer;
}  // namespace clang

namespace mswasm {

// Runs the frontend action the invocation names (-E, -fsyntax-only, -emit-llvm, -emit-llvm-bc)
// with the MSWasm TargetInfo installed before the source file is opened; Clang's own
// ExecuteAction is avoided because it would create the stock wasm32 target again.
// Diagnostics go to stderr. Returns true on success.
bool runFrontend(std::shared_ptr<clang::CompilerInvocation> invocation, const char* argv0);

// Compiles the invocation's single input to an LLVM module in `ctx` (for -S, which generates
// MSWasm text in-process). Returns null after printing diagnostics on failure.
std::unique_ptr<llvm::Module> compileToModule(std::shared_ptr<clang::CompilerInvocation> invocation,
                                              llvm::LLVMContext& ctx);

}  // namespace mswasm
