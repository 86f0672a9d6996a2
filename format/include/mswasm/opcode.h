// Opcode enumeration and per-opcode facts, all expanded from opcodes.def.
// Lookup by binary encoding (prefix, code) and by text name is provided here so that the
// reader and the text parser share one table.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "mswasm/types.h"

namespace mswasm {

enum class Opcode : uint16_t {
#define MSW_OP(Name, text, prefix, code, imm, sig, p1, p2, p3, res, bytes, flags) Name,
#include "mswasm/opcodes.def"
#undef MSW_OP
};

// Every opcode, in table order (for tools and tests that iterate the table).
inline constexpr uint16_t kOpcodeCount = 0
#define MSW_OP(Name, text, prefix, code, imm, sig, p1, p2, p3, res, bytes, flags) +1
#include "mswasm/opcodes.def"
#undef MSW_OP
    ;

// The kind of immediate operand(s) an instruction carries in the binary and text forms.
enum class Imm : uint8_t {
  None,
  Block,     // block type: empty (0x40), a value type, or a type index (s33)
  Label,     // u32 relative label depth
  BrTable,   // vec(u32) targets, then u32 default
  Func,      // u32 function index
  Type,      // u32 type index
  CallInd,   // u32 type index, u32 table index (call_indirect; never valid)
  Local,     // u32 local index
  Global,    // u32 global index
  Segment,   // u32 data-segment index
  MemArg,    // u32 log2 alignment, u32 static offset
  MemIdx,    // one 0x00 byte (memory.size/grow/fill; never valid)
  MemCopy,   // two 0x00 bytes (memory.copy; never valid)
  MemInit,   // u32 data index, 0x00 (memory.init; never valid)
  DataIdx,   // u32 data index (data.drop; never valid)
  Align,     // u32 log2 alignment (stack.alloc)
  ConstI32,  // s32 LEB
  ConstI64,  // s64 LEB
  ConstF32,  // 4 bytes little-endian IEEE bits
  ConstF64,  // 8 bytes little-endian IEEE bits
};

enum class OpSig : uint8_t { Simple, Special };
enum class OpFlags : uint8_t { Ok, NoMemory, NoTable };

struct OpcodeInfo {
  std::string_view text;  // text-format mnemonic
  uint8_t prefix;         // 0 = single byte
  uint32_t code;
  Imm imm;
  OpSig sig;
  // For OpSig::Simple: operand types popped (params[0] deepest) and the result pushed.
  OptValType params[3];
  OptValType result;
  uint8_t accessBytes;    // loads/stores: bytes accessed (natural alignment bound)
  OpFlags flags;
};

const OpcodeInfo& info(Opcode op);
inline std::string_view name(Opcode op) { return info(op).text; }

// Binary decoding: nullopt when (prefix, code) is no known instruction.
std::optional<Opcode> opcodeFromEncoding(uint8_t prefix, uint32_t code);
// Text decoding: nullopt when `text` is no known mnemonic.
std::optional<Opcode> opcodeFromText(std::string_view text);
// True for the bytes that introduce a prefixed opcode (0xFA MSWasm, 0xFC misc, ...).
bool isPrefixByte(uint8_t byte);

}  // namespace mswasm
