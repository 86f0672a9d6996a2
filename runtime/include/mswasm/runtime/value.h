// Values of the MSWasm engine: numbers and handles (docs/spec.md, "Handles").
// A Handle's fields are private: the embedding API can read them, copy handles and make the null
// handle, but only the engine (friend HandleMint) can make a handle with authority, so no path
// turns integer data into an authoritative handle. A Value is a typed number or handle.
#pragma once

#include <bit>
#include <cstdint>
#include <string>

#include "mswasm/types.h"

namespace mswasm::rt {

enum class HandleKind : uint8_t { Null, Invalid, Heap, Stack, Global, Code, Jump };
// Why an invalid handle has no authority.
enum class InvalidReason : uint8_t { None, FromData, FromInt, SliceOutOfBounds };

std::string_view handleKindName(HandleKind k);
std::string_view invalidReasonName(InvalidReason r);

struct HandleMint;

class Handle {
 public:
  Handle() = default;  // the null handle
  static Handle null() { return Handle(); }
  // A handle without authority (what handle.from_int and untagged loads give).
  static Handle invalid(uint32_t address, InvalidReason reason) {
    Handle h;
    h.kind_ = HandleKind::Invalid;
    h.reason_ = reason;
    h.offset_ = int32_t(address);
    return h;
  }

  uint32_t base() const { return base_; }
  int32_t offset() const { return offset_; }
  uint32_t bound() const { return kind_ == HandleKind::Invalid ? 0 : bound_; }
  uint64_t id() const { return kind_ >= HandleKind::Heap ? id_ : 0; }
  // For an invalid handle: where it was made ((function index + 1) << 32 | instruction index),
  // 0 if unknown. Reports use it to name the instruction that lost the authority.
  uint64_t origin() const { return kind_ == HandleKind::Invalid ? id_ : 0; }
  HandleKind kind() const { return kind_; }
  InvalidReason reason() const { return reason_; }
  uint32_t address() const { return base_ + uint32_t(offset_); }
  // The 16 bytes a handle.segstore of this handle writes: the address, then zeros, except for a
  // handle loaded from untagged data (reason from-data), which writes back the bytes it was
  // loaded from, so that copying data through a pointer-typed load and store is exact.
  void storedBytes(uint8_t out[16]) const;
  bool authoritative() const { return kind_ >= HandleKind::Heap; }
  bool isData() const {
    return kind_ == HandleKind::Heap || kind_ == HandleKind::Stack || kind_ == HandleKind::Global;
  }
  // handle.add / handle.set_addr: only the offset changes (never authority).
  Handle withOffset(int32_t off) const {
    Handle h = *this;
    h.offset_ = off;
    return h;
  }
  bool operator==(const Handle&) const = default;

 private:
  friend struct HandleMint;
  uint32_t base_ = 0;
  int32_t offset_ = 0;
  uint32_t bound_ = 0;
  HandleKind kind_ = HandleKind::Null;
  InvalidReason reason_ = InvalidReason::None;
  uint64_t id_ = 0;
  uint64_t dataHigh_ = 0;  // from-data handles: bytes 8-15 they were loaded from (4-7: bound_)
};

inline void Handle::storedBytes(uint8_t out[16]) const {
  uint32_t addr = address();
  uint32_t mid = kind_ == HandleKind::Invalid && reason_ == InvalidReason::FromData ? bound_ : 0;
  uint64_t high = kind_ == HandleKind::Invalid && reason_ == InvalidReason::FromData ? dataHigh_ : 0;
  for (int i = 0; i < 4; ++i) out[i] = uint8_t(addr >> (8 * i));
  for (int i = 0; i < 4; ++i) out[4 + i] = uint8_t(mid >> (8 * i));
  for (int i = 0; i < 8; ++i) out[8 + i] = uint8_t(high >> (8 * i));
}

// A typed value passed to or returned from an export.
struct Value {
  ValType type = ValType::I32;
  uint64_t bits = 0;  // i32: zero-extended; f32/f64: IEEE bits
  Handle handle;      // type Handle only

  static Value i32(int32_t v) { return {ValType::I32, uint32_t(v), {}}; }
  static Value i64(int64_t v) { return {ValType::I64, uint64_t(v), {}}; }
  static Value f32(float v) { return {ValType::F32, std::bit_cast<uint32_t>(v), {}}; }
  static Value f64(double v) { return {ValType::F64, std::bit_cast<uint64_t>(v), {}}; }
  static Value f32Bits(uint32_t b) { return {ValType::F32, b, {}}; }
  static Value f64Bits(uint64_t b) { return {ValType::F64, b, {}}; }
  static Value fromHandle(const Handle& h) { return {ValType::Handle, 0, h}; }

  int32_t asI32() const { return int32_t(uint32_t(bits)); }
  int64_t asI64() const { return int64_t(bits); }
  float asF32() const { return std::bit_cast<float>(uint32_t(bits)); }
  double asF64() const { return std::bit_cast<double>(bits); }
};

// "i32 42", "f64 1.5 (0x3ff8000000000000)", "handle 0x10000 (heap id 3 base 0x10000 bound 16 offset 0)".
std::string formatValue(const Value& v);

}  // namespace mswasm::rt
