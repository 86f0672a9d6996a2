// The opcode table expanded into an array, plus lookups by encoding and by text name.
#include "mswasm/opcode.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace mswasm {
namespace {

constexpr OptValType ___ = OptValType::None;
constexpr OptValType I32 = OptValType::I32;
constexpr OptValType I64 = OptValType::I64;
constexpr OptValType F32 = OptValType::F32;
constexpr OptValType F64 = OptValType::F64;
constexpr OptValType H = OptValType::Handle;

constexpr OpcodeInfo kInfo[] = {
#define MSW_OP(Name, text, prefix, code, imm, sig, p1, p2, p3, res, bytes, flags) \
  {text, prefix, code, Imm::imm, OpSig::sig, {p1, p2, p3}, res, bytes, OpFlags::flags},
#include "mswasm/opcodes.def"
#undef MSW_OP
};
static_assert(sizeof(kInfo) / sizeof(kInfo[0]) == kOpcodeCount);

uint64_t encodingKey(uint8_t prefix, uint32_t code) { return (uint64_t(prefix) << 32) | code; }

const std::unordered_map<uint64_t, Opcode>& byEncoding() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<uint64_t, Opcode>;
    for (uint16_t i = 0; i < kOpcodeCount; ++i)
      m->emplace(encodingKey(kInfo[i].prefix, kInfo[i].code), static_cast<Opcode>(i));
    return m;
  }();
  return *map;
}

const std::unordered_map<std::string_view, Opcode>& byText() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string_view, Opcode>;
    for (uint16_t i = 0; i < kOpcodeCount; ++i) m->emplace(kInfo[i].text, static_cast<Opcode>(i));
    return m;
  }();
  return *map;
}

}  // namespace

const OpcodeInfo& info(Opcode op) { return kInfo[static_cast<uint16_t>(op)]; }

std::optional<Opcode> opcodeFromEncoding(uint8_t prefix, uint32_t code) {
  auto it = byEncoding().find(encodingKey(prefix, code));
  if (it == byEncoding().end()) return std::nullopt;
  return it->second;
}

std::optional<Opcode> opcodeFromText(std::string_view text) {
  auto it = byText().find(text);
  if (it == byText().end()) return std::nullopt;
  return it->second;
}

bool isPrefixByte(uint8_t byte) { return byte == 0xFA || byte == 0xFC; }

}  // namespace mswasm
