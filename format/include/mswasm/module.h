// The in-memory model of an MSWasm module: what the binary reader produces, the writer and text
// printer consume, the text parser builds and the validator and engine check and run.
// It mirrors the binary format section by section (docs/spec.md, "Binary format"); function
// bodies are flat instruction lists, structured by block/loop/if ... end as in the binary.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mswasm/opcode.h"
#include "mswasm/types.h"

namespace mswasm {

struct FuncType {
  std::vector<ValType> params;
  std::vector<ValType> results;
  bool operator==(const FuncType&) const = default;
};

// Block type of block/loop/if: empty, one result value type, or a type index (multi-value).
struct BlockType {
  enum class Kind : uint8_t { Empty, Value, TypeIndex } kind = Kind::Empty;
  ValType value = ValType::I32;  // Kind::Value
  uint32_t typeIndex = 0;        // Kind::TypeIndex
  bool operator==(const BlockType&) const = default;
};

// One instruction with its immediates. Which fields are meaningful depends on info(op).imm:
//   Block: block; Label/Func/Type/Local/Global/Segment/DataIdx: index;
//   BrTable: targets + index (default); MemArg: align (log2) + offset; Align: align;
//   CallInd: index (type) + offset (table); ConstI32/I64: bits (two's complement, zero-extended
//   from 32 bits for i32); ConstF32/F64: bits (raw IEEE bits, NaN payloads kept exactly).
struct Instr {
  Opcode op = Opcode::Nop;
  uint32_t index = 0;
  uint32_t align = 0;
  uint32_t offset = 0;
  uint64_t bits = 0;
  BlockType block;
  std::vector<uint32_t> targets;
  bool operator==(const Instr&) const = default;
};

// A function import. MSWasm imports only functions (the host interface, or a host's exports).
struct Import {
  std::string module;
  std::string field;
  uint32_t type = 0;
};

struct Function {
  uint32_t type = 0;
  std::vector<ValType> locals;  // declared locals after the parameters, one entry each
  std::vector<Instr> body;      // ends with the function's final `end`
  uint32_t bodyOffset = 0;      // byte offset of the body in the binary it was read from (0 if none)
};

struct Global {
  ValType type = ValType::I32;
  bool mut = false;
  Instr init;  // one constant instruction: t.const, handle.null, global.segment, func.handle
};

// A handle written into a data segment's initial bytes when the module is instantiated.
struct Reloc {
  enum class Kind : uint8_t { Segment = 0, Function = 1 };
  Kind kind = Kind::Segment;
  uint32_t offset = 0;  // byte offset within the segment; a multiple of 16
  uint32_t index = 0;   // target segment index (Kind::Segment) or function index (Kind::Function)
  int32_t addend = 0;   // Kind::Segment: the handle's offset within the target (may be out of range)
  bool operator==(const Reloc&) const = default;
};

// A global segment: one C global object (or a group the producer chose), its own allocation.
struct DataSegment {
  uint32_t size = 0;        // bytes; init.size() <= size, the rest is zero
  uint32_t alignLog2 = 0;   // segment address alignment, log2
  bool readOnly = false;    // stores through any handle to it trap
  std::vector<uint8_t> init;
  std::vector<Reloc> relocs;
};

struct Export {
  std::string name;
  uint32_t func = 0;  // MSWasm exports only functions
};

// A custom section (id 0) other than the ones the library models ("name").
// `after` is the id of the known section it followed in the binary (0 = before all of them), so
// the writer can put it back where it was and binary -> text -> binary stays byte-identical.
struct CustomSection {
  std::string name;
  std::vector<uint8_t> bytes;
  uint8_t after = 0;
};

// A standard Wasm section that MSWasm forbids (table, memory, element, data, data count).
// The reader records it so that the validator reports it; the writer never emits it.
struct ForbiddenSection {
  uint8_t id = 0;
  uint32_t offset = 0;  // byte offset of the section id in the binary
};

struct Module {
  std::vector<FuncType> types;
  std::vector<Import> imports;          // function index space: imports first, then functions
  std::vector<Function> functions;
  std::vector<Global> globals;
  std::vector<DataSegment> segments;
  std::vector<Export> exports;
  std::optional<uint32_t> start;
  std::vector<CustomSection> customs;
  std::vector<ForbiddenSection> forbidden;

  // From the "name" custom section (empty string = no name). Indexed by function index
  // (imports first); localNames by function index, then local index (params first).
  std::vector<std::string> funcNames;
  std::vector<std::vector<std::string>> localNames;
  std::vector<std::string> globalNames;
  std::vector<std::string> segmentNames;
  std::vector<std::string> typeNames;

  uint32_t numFunctions() const { return uint32_t(imports.size() + functions.size()); }
  // Type of function `funcIndex` in the function index space; caller checks the index.
  const FuncType& funcType(uint32_t funcIndex) const {
    return types[funcIndex < imports.size() ? imports[funcIndex].type
                                            : functions[funcIndex - imports.size()].type];
  }
};

// The `mswasm.hints` custom section (docs/spec.md, "Compilation hints"), indexed by function
// index: true where the compiler marked the function compile-fast. All false when the module
// has no such section or it is malformed (hints never change execution).
std::vector<bool> compileFastFunctions(const Module& m);

// Section ids of the binary format (docs/spec.md, "Sections").
namespace section {
inline constexpr uint8_t Custom = 0, Type = 1, Import = 2, Function = 3, Table = 4, Memory = 5,
                         Global = 6, Export = 7, Start = 8, Element = 9, Code = 10, Data = 11,
                         DataCount = 12, Segment = 64;
}

inline constexpr uint8_t kMagic[4] = {0x00, 'm', 's', 'w'};
inline constexpr uint32_t kVersion = 1;

}  // namespace mswasm
