// Number literals of the MSWasm text format (internal to the format library): parsing
// WebAssembly's integer and float syntax (signs, `0x` hex, `_` between digits, hex floats with a
// `p` exponent, `inf`, `nan`, `nan:0x...`) and printing floats so that they parse back to the
// very same bits (shortest round-trip decimal; NaN payloads and signs spelled out).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mswasm::text {

enum class NumStatus : uint8_t { Ok, Syntax, Range };

// Unsigned integers without a sign (indices, offsets, sizes).
NumStatus parseU32(std::string_view s, uint32_t& out);
NumStatus parseU64(std::string_view s, uint64_t& out);
// i32/i64 constants: signed or unsigned, so -2^31 .. 2^32-1 for 32 bits; out = the bits.
NumStatus parseI32(std::string_view s, uint32_t& bits);
NumStatus parseI64(std::string_view s, uint64_t& bits);
// Floats, to raw IEEE bits, rounded to nearest; Range when the value rounds to infinity.
NumStatus parseF32(std::string_view s, uint32_t& bits);
NumStatus parseF64(std::string_view s, uint64_t& bits);

std::string formatF32(uint32_t bits);
std::string formatF64(uint64_t bits);

}  // namespace mswasm::text
