// Value types of MSWasm and their binary codes.
// A handle (code 0x7A) is the only way to reach memory; no instruction turns an integer into a
// handle with authority. See docs/spec.md, "Value types".
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace mswasm {

enum class ValType : uint8_t {
  I32 = 0x7F,
  I64 = 0x7E,
  F32 = 0x7D,
  F64 = 0x7C,
  Handle = 0x7A,
};

// An optional value type, as the opcode table uses it ("no operand").
enum class OptValType : uint8_t {
  None = 0,
  I32 = 0x7F,
  I64 = 0x7E,
  F32 = 0x7D,
  F64 = 0x7C,
  Handle = 0x7A,
};

inline bool isValTypeCode(uint8_t b) {
  return b == 0x7F || b == 0x7E || b == 0x7D || b == 0x7C || b == 0x7A;
}
inline ValType toValType(OptValType t) { return static_cast<ValType>(t); }

// "i32", "i64", "f32", "f64", "handle".
std::string_view valTypeName(ValType t);
std::optional<ValType> valTypeFromName(std::string_view s);

}  // namespace mswasm
