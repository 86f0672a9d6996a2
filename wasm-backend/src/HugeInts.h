// Integers wider than 128 bits (packed bit-field runs) split into i64 limbs (HugeInts.cpp).
#pragma once

namespace llvm {
class Module;
}

namespace mswasm::backend {
// Runs before WideInts.cpp; functions it cannot handle are left for the code generator's error.
void splitHugeIntegers(llvm::Module& m);
}
