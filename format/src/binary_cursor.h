// Bounds-checked reading of the binary format (internal to the binary reader).
// A Cursor reads forward through one region of the input (the whole input, a section, a
// function body, a name subsection) and never past its end. Every read names what it expects,
// so that a failure becomes an Error at the exact byte offset ("unexpected end of section inside
// type index", "LEB128 too long ..."). Failures are thrown as DecodeFailure and caught once, in
// readBinary, so the decoding code reads as straight-line code.
#pragma once

#include <cstdint>
#include <cstdio>
#include <span>
#include <string>

#include "leb128.h"
#include "mswasm/error.h"
#include "mswasm/types.h"

namespace mswasm::binary {

struct DecodeFailure {
  Error error;
};

[[noreturn]] inline void fail(size_t offset, std::string message) {
  throw DecodeFailure{Error::atByte(offset, std::move(message))};
}

inline std::string hexByte(uint8_t b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02x", b);
  return buf;
}

inline std::string hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

// Index of the first byte of `s` that does not start (or continue) a valid UTF-8 sequence, or
// s.size() when all of `s` is valid UTF-8 (no overlong forms, surrogates or code points above
// U+10FFFF).
inline size_t invalidUtf8At(std::span<const uint8_t> s) {
  size_t i = 0;
  while (i < s.size()) {
    const uint8_t b = s[i];
    size_t n = 0;
    uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the first continuation byte
    if (b < 0x80) n = 0;
    else if (b >= 0xC2 && b <= 0xDF) n = 1;
    else if (b == 0xE0) n = 2, lo = 0xA0;
    else if (b == 0xED) n = 2, hi = 0x9F;
    else if (b >= 0xE1 && b <= 0xEF) n = 2;
    else if (b == 0xF0) n = 3, lo = 0x90;
    else if (b == 0xF4) n = 3, hi = 0x8F;
    else if (b >= 0xF1 && b <= 0xF3) n = 3;
    else return i;
    if (s.size() - i - 1 < n) return i;
    for (size_t k = 1; k <= n; ++k) {
      const uint8_t c = s[i + k];
      if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) return i;
    }
    i += n + 1;
  }
  return s.size();
}

class Cursor {
 public:
  Cursor(std::span<const uint8_t> input, size_t pos, size_t end, const char* region)
      : input_(input), pos_(pos), end_(end), region_(region) {}

  size_t pos() const { return pos_; }
  size_t end() const { return end_; }
  size_t left() const { return end_ - pos_; }
  bool atEnd() const { return pos_ == end_; }

  [[noreturn]] void failEnd(const std::string& what) const {
    fail(end_, std::string("unexpected end of ") + region_ + " inside " + what);
  }

  uint8_t peek(const char* what) const {
    if (atEnd()) failEnd(what);
    return input_[pos_];
  }
  uint8_t byte(const char* what) {
    uint8_t b = peek(what);
    ++pos_;
    return b;
  }
  // One byte that must equal `expected`; `what` describes it, e.g. "memory index 0x00".
  void expectByte(uint8_t expected, const char* what) {
    size_t at = pos_;
    uint8_t b = byte(what);
    if (b != expected) fail(at, std::string("expected ") + what + ", found " + hexByte(b));
  }
  std::span<const uint8_t> bytes(size_t n, const char* what) {
    if (n > left()) failEnd(what);
    auto s = input_.subspan(pos_, n);
    pos_ += n;
    return s;
  }

  uint32_t u32(const char* what) { return uint32_t(leb(32, false, "u32", what)); }
  int32_t s32(const char* what) { return int32_t(leb(32, true, "s32", what)); }
  int64_t s33(const char* what) { return int64_t(leb(33, true, "s33", what)); }
  int64_t s64(const char* what) { return int64_t(leb(64, true, "s64", what)); }

  uint64_t littleEndian(size_t n, const char* what) {
    auto s = bytes(n, what);
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i) v |= uint64_t(s[i]) << (8 * i);
    return v;
  }

  // A vector length: each element takes at least one byte, so a count larger than the bytes
  // left is an error before anything is allocated.
  uint32_t count(const char* what) {
    size_t at = pos_;
    uint32_t n = u32(what);
    if (n > left())
      fail(at, std::string(what) + " " + std::to_string(n) + " exceeds the " +
                   std::to_string(left()) + " bytes left in the " + region_);
    return n;
  }

  std::string name(const char* what) {
    uint32_t n = count(what);
    size_t at = pos_;
    auto s = bytes(n, what);
    size_t bad = invalidUtf8At(s);
    if (bad != s.size()) fail(at + bad, std::string("invalid UTF-8 in ") + what);
    return std::string(s.begin(), s.end());
  }

  ValType valType(const char* what = "value type") {
    size_t at = pos_;
    uint8_t b = byte(what);
    if (!isValTypeCode(b))
      fail(at, std::string("expected ") + what +
                   " (0x7F i32, 0x7E i64, 0x7D f32, 0x7C f64, 0x7A handle), found " + hexByte(b));
    return ValType(b);
  }

  // A u32 size followed by that many bytes, returned as a cursor over `region`; this cursor
  // moves past them. `what` names the sized thing ("section", "function body").
  Cursor sized(const char* what, const char* region) {
    size_t at = pos_;
    uint32_t size = uint32_t(leb(32, false, "u32", what, " size"));
    if (size > left())
      fail(at, std::string(what) + " size " + std::to_string(size) + " runs past end of " +
                   region_ + " (" + std::to_string(left()) + " bytes left)");
    Cursor sub(input_, pos_, pos_ + size, region);
    pos_ += size;
    return sub;
  }

  // Fails unless everything of this region was consumed.
  void expectEnd(const std::string& what) const {
    if (!atEnd())
      fail(pos_, what + " has " + std::to_string(end_ - pos_) +
                     " bytes left over after its contents (its size does not match them)");
  }

 private:
  std::span<const uint8_t> input_;
  size_t pos_, end_;
  const char* region_;

  // `kind`, `what` and `suffix` describe the integer ("u32", "section", " size"); the message
  // is only built on failure, as LEBs are the most frequent read.
  uint64_t leb(unsigned bits, bool isSigned, const char* kind, const char* what,
               const char* suffix = "") {
    leb::Result r = leb::read(input_.data() + pos_, input_.data() + end_, bits, isSigned);
    if (r.status == leb::Status::Ok) {
      pos_ += r.length;
      return r.value;
    }
    const std::string desc = std::string(kind) + " " + what + suffix;
    if (r.status == leb::Status::Truncated) failEnd(desc);
    if (r.status == leb::Status::TooLong)
      fail(pos_ + r.length, "LEB128 too long (" + desc + ": at most " +
                                std::to_string((bits + 6) / 7) + " bytes)");
    fail(pos_ + r.length, "unused bits set in final LEB128 byte (" + desc + ")");
  }
};

}  // namespace mswasm::binary
