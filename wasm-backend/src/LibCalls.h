// The libc functions the code generator calls for IR it has no instruction for (frem, math
// intrinsics). The linker keeps these alive through optimisation when the program needs them.
#pragma once

#include <set>
#include <string>

#include "llvm/IR/Intrinsics.h"

namespace llvm {
class Module;
class Type;
}

namespace mswasm::backend {

// The libc base name for an intrinsic lowered to a call ("pow"; "powf" for float), or null.
const char* libcallBase(llvm::Intrinsic::ID id);
// The name for operands of type `t`: base + "f" for float.
std::string libcallName(const char* base, llvm::Type* t);
// Every libc function the module's remaining IR will make the code generator call.
std::set<std::string> libcallsNeeded(const llvm::Module& m);

}  // namespace mswasm::backend
