// Errors reported by the format library. Every error names where it happened: a byte offset
// for binary input, a line and column for text input, a function and instruction for
// validation. `str()` renders the one-line form the tools print.
#pragma once

#include <cstdint>
#include <string>

namespace mswasm {

struct Error {
  enum class Where : uint8_t { None, Byte, Text, Instr } where = Where::None;
  uint64_t offset = 0;        // Where::Byte: byte offset in the binary
  uint32_t line = 0, col = 0; // Where::Text: 1-based line and column
  uint32_t func = 0, instr = 0; // Where::Instr: function index, instruction index in its body
  std::string code;           // short stable identifier, e.g. "type-mismatch" (validation errors)
  std::string message;

  static Error atByte(uint64_t off, std::string msg) {
    Error e; e.where = Where::Byte; e.offset = off; e.message = std::move(msg); return e;
  }
  static Error atText(uint32_t line, uint32_t col, std::string msg) {
    Error e; e.where = Where::Text; e.line = line; e.col = col; e.message = std::move(msg); return e;
  }
  // "offset 0x1f: message", "3:14: message", "func 2 instr 7: message [code]", or "message".
  std::string str() const;
};

}  // namespace mswasm
