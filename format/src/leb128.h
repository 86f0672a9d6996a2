// LEB128 integers of the binary format (internal to the format library; used by the binary
// reader and writer). Writing always produces the minimal encoding. Reading follows
// WebAssembly's rules: an N-bit integer takes at most ceil(N/7) bytes (non-minimal encodings
// within that length are accepted), and the bits of the final byte beyond the N bits must be
// zero (unsigned) or copies of the sign bit (signed).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace mswasm::leb {

inline void writeUnsigned(std::vector<uint8_t>& out, uint64_t value) {
  do {
    uint8_t byte = value & 0x7F;
    value >>= 7;
    if (value != 0) byte |= 0x80;
    out.push_back(byte);
  } while (value != 0);
}

inline void writeSigned(std::vector<uint8_t>& out, int64_t value) {
  for (;;) {
    uint8_t byte = value & 0x7F;
    value >>= 7;  // arithmetic shift (C++20)
    bool done = (value == 0 && !(byte & 0x40)) || (value == -1 && (byte & 0x40));
    if (done) {
      out.push_back(byte);
      return;
    }
    out.push_back(byte | 0x80);
  }
}

inline void writeU32(std::vector<uint8_t>& out, uint32_t v) { writeUnsigned(out, v); }
inline void writeS32(std::vector<uint8_t>& out, int32_t v) { writeSigned(out, v); }
inline void writeS33(std::vector<uint8_t>& out, int64_t v) { writeSigned(out, v); }
inline void writeS64(std::vector<uint8_t>& out, int64_t v) { writeSigned(out, v); }

enum class Status : uint8_t {
  Ok,
  Truncated,   // the input ended before the final byte
  TooLong,     // the last byte allowed for this width still has its continuation bit set
  UnusedBits,  // the final byte has bits set beyond the width (or not sign copies)
};

struct Result {
  Status status = Status::Ok;
  uint64_t value = 0;  // signed reads: the two's-complement bits, sign-extended to 64
  size_t length = 0;   // bytes consumed (Ok), or the index of the offending byte (errors)
};

// Decodes an unsigned (isSigned = false) or signed integer of `bits` bits (1..64) from
// [p, end).
inline Result read(const uint8_t* p, const uint8_t* end, unsigned bits, bool isSigned) {
  const size_t maxBytes = (bits + 6) / 7;
  Result r;
  for (size_t i = 0; i < maxBytes; ++i) {
    if (p + i >= end) return {Status::Truncated, 0, i};
    const uint8_t byte = p[i];
    const unsigned shift = unsigned(7 * i);
    r.value |= uint64_t(byte & 0x7F) << shift;
    const bool last = i + 1 == maxBytes;
    if (byte & 0x80) {
      if (last) return {Status::TooLong, 0, i};
      continue;
    }
    if (last) {
      const unsigned used = bits - shift;  // payload bits of this byte (1..7)
      if (!isSigned && ((byte & 0x7F) >> used) != 0) return {Status::UnusedBits, 0, i};
      if (isSigned) {
        const uint8_t mask = uint8_t(0x7F & ~((1u << (used - 1)) - 1));  // sign bit and above
        if ((byte & mask) != 0 && (byte & mask) != mask) return {Status::UnusedBits, 0, i};
      }
    }
    if (isSigned && (byte & 0x40) && shift + 7 < 64) r.value |= ~uint64_t(0) << (shift + 7);
    r.length = i + 1;
    return r;
  }
  return {Status::TooLong, 0, maxBytes - 1};  // unreachable: the loop returns
}

}  // namespace mswasm::leb
