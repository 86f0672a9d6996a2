// Clang's view of the MSWasm target (ARCHITECTURE.md, decision 1).
// Pointers are 16-byte handles in non-integral address space 200; long, size_t, ptrdiff_t and
// intptr_t are 32 bits (ILP32 like wasm32), so C code sees wasm32's integer model with wide,
// unforgeable pointers. The triple stays wasm32 so that Clang's WebAssembly ABI lowering applies.
#pragma once

#include <memory>

namespace clang {
class DiagnosticsEngine;
class TargetInfo;
class TargetOptions;
}  // namespace clang

namespace mswasm {

// The LLVM data layout of MSWasm modules.
inline constexpr const char* kDataLayout =
    "e-m:e-p200:128:128:128:32-A200-G200-P200-ni:200-i64:64-i128:128-n32:64-S128";
inline constexpr const char* kTriple = "wasm32-unknown-unknown";
inline constexpr unsigned kHandleAddressSpace = 200;

// Creates the MSWasm TargetInfo; `opts` must have Triple set to kTriple. Returns null (after a
// diagnostic) when the options ask for something the target cannot do.
clang::TargetInfo* createTargetInfo(clang::DiagnosticsEngine& diags,
                                    const std::shared_ptr<clang::TargetOptions>& opts);

}  // namespace mswasm
