// The optimisation pipeline for MSWasm IR, shared by the whole-program link and mswasm-cc -S.
#pragma once

namespace llvm {
class Module;
}

namespace mswasm {

// Runs the provenance pass, then LLVM's default pipeline at `level` (0..3; `size` for -Os), with
// vectorisers off and a library-info that keeps LLVM from creating calls MSWasm cannot take.
void optimizeModule(llvm::Module& m, unsigned level, bool size);

}  // namespace mswasm
