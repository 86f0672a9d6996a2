// Expansion of integers wider than 64 bits into i64 halves (WideInts.cpp).
#pragma once

namespace llvm {
class Module;
}

namespace mswasm::backend {
void expandWideIntegers(llvm::Module& m);
}
