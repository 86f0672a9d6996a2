// _Atomic(T *) operations rewritten from i128 to handles (PointerAtomics.cpp).
#pragma once

namespace llvm {
class Module;
}

namespace mswasm::backend {
// Run before optimisation (Optimize.cpp), where Clang's pattern is intact, and in legalisation.
void retypePointerAtomics(llvm::Module& m);
}
