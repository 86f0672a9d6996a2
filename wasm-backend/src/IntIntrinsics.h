// Legalisation of integer intrinsics at the widths the emitter does not take (IntIntrinsics.cpp).
#pragma once

namespace llvm {
class IntrinsicInst;
class Module;
}

namespace mswasm::backend {
// Rewrites bit counting, bswap/bitreverse, funnel shifts, abs/min/max, saturating arithmetic,
// overflow checks and llvm.[su]cmp so that only what the emitter implements remains.
void legalizeIntegerIntrinsics(llvm::Module& m);
// Whether legalising `ii` divides integers wider than 64 bits (libc's __mswasm_divmod128 when
// `sign`, __mswasm_udivmod128 otherwise).
bool needsDivisionHelper(const llvm::IntrinsicInst& ii, bool& sign);
}
