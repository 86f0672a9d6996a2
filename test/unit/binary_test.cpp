// Unit tests of the binary reader and writer (format/src/binary_*.cpp, leb128.h).
// They check LEB128 edge cases, that every opcode of the table encodes and decodes back to the
// same Instr, byte-identical round trips (every section, names, custom-section placement), that
// each class of malformed input fails at the right byte offset, that every truncation fails
// cleanly, that huge counts are rejected without large allocations (operator new is
// replaced below to record the largest request), and that a leading "#!" interpreter line is
// skipped (and a malformed one reported).
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include "../../format/src/leb128.h"
#include "mswasm/binary.h"

// ---- Allocation tracking ----

namespace {
std::atomic<bool> gTrackAllocs{false};
std::atomic<size_t> gLargestAlloc{0};

void* trackedAlloc(size_t n) {
  if (gTrackAllocs.load() && n > gLargestAlloc.load()) gLargestAlloc.store(n);
  void* p = std::malloc(n ? n : 1);
  if (!p) throw std::bad_alloc();
  return p;
}
}  // namespace

void* operator new(size_t n) { return trackedAlloc(n); }
void* operator new[](size_t n) { return trackedAlloc(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
void operator delete[](void* p, size_t) noexcept { std::free(p); }

namespace mswasm {
namespace {

using Bytes = std::vector<uint8_t>;

// ---- Helpers to build binaries by hand ----

Bytes header() { return {0x00, 0x6D, 0x73, 0x77, 0x01, 0x00, 0x00, 0x00}; }

Bytes u32(uint32_t v) {
  Bytes b;
  leb::writeU32(b, v);
  return b;
}

Bytes cat(std::initializer_list<Bytes> parts) {
  Bytes out;
  for (const Bytes& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

Bytes section(uint8_t id, const Bytes& contents) {
  return cat({{id}, u32(uint32_t(contents.size())), contents});
}

Bytes customSection(const std::string& name, const Bytes& contents) {
  return section(0, cat({u32(uint32_t(name.size())), Bytes(name.begin(), name.end()), contents}));
}

Bytes binaryOf(std::initializer_list<Bytes> sections) {
  Bytes out = header();
  for (const Bytes& s : sections) out.insert(out.end(), s.begin(), s.end());
  return out;
}

// One type () -> (), one function of it, whose body (local declarations included) is `body`.
// With a body shorter than 120 bytes the body starts at offset kBodyStart.
constexpr size_t kBodyStart = 22;
Bytes moduleWithBody(const Bytes& body) {
  return binaryOf({section(1, {0x01, 0x60, 0x00, 0x00}), section(3, {0x01, 0x00}),
                   section(10, cat({{0x01}, u32(uint32_t(body.size())), body}))});
}

Error readError(const Bytes& bytes) {
  Module m;
  auto err = readBinary(bytes, m);
  EXPECT_TRUE(err.has_value()) << "expected a decode error";
  return err ? *err : Error{};
}

// Asserts that decoding `bytes` fails at `offset` with a message containing `text`.
#define EXPECT_DECODE_ERROR(bytes, off, text)                                          \
  do {                                                                                 \
    Error e_ = readError(bytes);                                                       \
    EXPECT_EQ(e_.where, Error::Where::Byte);                                           \
    EXPECT_EQ(e_.offset, uint64_t(off)) << e_.str();                                   \
    EXPECT_NE(e_.message.find(text), std::string::npos) << "message: " << e_.str();    \
  } while (0)

Module readOk(const Bytes& bytes) {
  Module m;
  auto err = readBinary(bytes, m);
  EXPECT_FALSE(err.has_value()) << err->str();
  return m;
}

// (id, custom name) of every section of a binary, in order.
std::vector<std::pair<uint8_t, std::string>> sectionList(const Bytes& b) {
  std::vector<std::pair<uint8_t, std::string>> out;
  size_t p = 8;
  while (p < b.size()) {
    uint8_t id = b[p++];
    leb::Result size = leb::read(&b[p], b.data() + b.size(), 32, false);
    p += size.length;
    std::string name;
    if (id == 0) {
      leb::Result n = leb::read(&b[p], b.data() + b.size(), 32, false);
      name.assign(b.begin() + long(p + n.length), b.begin() + long(p + n.length + n.value));
    }
    out.emplace_back(id, name);
    p += size.value;
  }
  return out;
}

// ---- LEB128 ----

Bytes lebU(uint64_t v) {
  Bytes b;
  leb::writeUnsigned(b, v);
  return b;
}
Bytes lebS(int64_t v) {
  Bytes b;
  leb::writeSigned(b, v);
  return b;
}

TEST(Leb128, WritesMinimalEncodings) {
  EXPECT_EQ(lebU(0), Bytes({0x00}));
  EXPECT_EQ(lebU(127), Bytes({0x7F}));
  EXPECT_EQ(lebU(128), Bytes({0x80, 0x01}));
  EXPECT_EQ(lebU(UINT32_MAX), Bytes({0xFF, 0xFF, 0xFF, 0xFF, 0x0F}));
  EXPECT_EQ(lebS(0), Bytes({0x00}));
  EXPECT_EQ(lebS(-1), Bytes({0x7F}));
  EXPECT_EQ(lebS(63), Bytes({0x3F}));
  EXPECT_EQ(lebS(64), Bytes({0xC0, 0x00}));
  EXPECT_EQ(lebS(-64), Bytes({0x40}));
  EXPECT_EQ(lebS(-65), Bytes({0xBF, 0x7F}));
  EXPECT_EQ(lebS(INT32_MAX), Bytes({0xFF, 0xFF, 0xFF, 0xFF, 0x07}));
  EXPECT_EQ(lebS(INT32_MIN), Bytes({0x80, 0x80, 0x80, 0x80, 0x78}));
  EXPECT_EQ(lebS(INT64_MIN), Bytes({0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F}));
  EXPECT_EQ(lebS(INT64_MAX), Bytes({0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00}));
  EXPECT_EQ(lebS(int64_t(UINT32_MAX)), Bytes({0xFF, 0xFF, 0xFF, 0xFF, 0x0F}));  // max s33
}

leb::Result decode(const Bytes& b, unsigned bits, bool isSigned) {
  return leb::read(b.data(), b.data() + b.size(), bits, isSigned);
}

TEST(Leb128, ReadsMaxValuesAndNonMinimalForms) {
  auto r = decode({0xFF, 0xFF, 0xFF, 0xFF, 0x0F}, 32, false);
  EXPECT_EQ(r.status, leb::Status::Ok);
  EXPECT_EQ(r.value, UINT32_MAX);
  EXPECT_EQ(r.length, 5u);
  r = decode({0x80, 0x80, 0x80, 0x80, 0x00}, 32, false);  // padded zero: allowed
  EXPECT_EQ(r.status, leb::Status::Ok);
  EXPECT_EQ(r.value, 0u);
  EXPECT_EQ(r.length, 5u);
  r = decode({0x80, 0x80, 0x80, 0x80, 0x78}, 32, true);
  EXPECT_EQ(int32_t(r.value), INT32_MIN);
  r = decode({0xFF, 0xFF, 0xFF, 0xFF, 0x07}, 32, true);
  EXPECT_EQ(int32_t(r.value), INT32_MAX);
  r = decode({0xFF, 0x7F}, 32, true);  // -1, padded
  EXPECT_EQ(int64_t(r.value), -1);
  r = decode({0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F}, 64, true);
  EXPECT_EQ(int64_t(r.value), INT64_MIN);
  r = decode({0xFF, 0xFF, 0xFF, 0xFF, 0x0F}, 33, true);
  EXPECT_EQ(r.status, leb::Status::Ok);
  EXPECT_EQ(int64_t(r.value), int64_t(UINT32_MAX));
  r = decode({0x80, 0x80, 0x80, 0x80, 0x70}, 33, true);
  EXPECT_EQ(int64_t(r.value), -(int64_t(1) << 32));
}

TEST(Leb128, RejectsOverlongAndUnusedBits) {
  auto r = decode({0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, 32, false);
  EXPECT_EQ(r.status, leb::Status::TooLong);
  EXPECT_EQ(r.length, 4u);
  r = decode({0xFF, 0xFF, 0xFF, 0xFF, 0x1F}, 32, false);  // bit 32 set
  EXPECT_EQ(r.status, leb::Status::UnusedBits);
  EXPECT_EQ(r.length, 4u);
  r = decode({0xFF, 0xFF, 0xFF, 0xFF, 0x0F}, 32, true);  // sign copies missing
  EXPECT_EQ(r.status, leb::Status::UnusedBits);
  r = decode({0x80, 0x80, 0x80, 0x80, 0x70}, 32, true);
  EXPECT_EQ(r.status, leb::Status::UnusedBits);
  r = decode({0x80, 0x80, 0x80, 0x80, 0x10}, 33, true);  // 2^32 does not fit s33
  EXPECT_EQ(r.status, leb::Status::UnusedBits);
  r = decode({0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01}, 64, true);
  EXPECT_EQ(r.status, leb::Status::UnusedBits);
  EXPECT_EQ(r.length, 9u);
  r = decode({0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, 64, true);
  EXPECT_EQ(r.status, leb::Status::TooLong);
  EXPECT_EQ(r.length, 9u);
  r = decode({0x80, 0x80}, 32, false);
  EXPECT_EQ(r.status, leb::Status::Truncated);
  EXPECT_EQ(r.length, 2u);
  r = decode({}, 32, false);
  EXPECT_EQ(r.status, leb::Status::Truncated);
}

TEST(Leb128, RoundTripsManyValues) {
  std::vector<int64_t> values = {0, 1, -1, 63, 64, -64, -65, 127, 128, 8191, 8192, -8193};
  for (int shift = 0; shift < 64; ++shift) {
    const uint64_t bit = uint64_t(1) << shift;  // wrapping arithmetic in uint64_t
    values.push_back(int64_t(bit));
    values.push_back(int64_t(bit - 1));
    values.push_back(int64_t(0 - bit));
  }
  for (int64_t v : values) {
    Bytes s = lebS(v);
    auto r = decode(s, 64, true);
    ASSERT_EQ(r.status, leb::Status::Ok) << v;
    EXPECT_EQ(int64_t(r.value), v);
    EXPECT_EQ(r.length, s.size());
    if (v >= INT32_MIN && v <= INT32_MAX) {
      EXPECT_LE(s.size(), 5u);
      EXPECT_EQ(int64_t(int32_t(decode(s, 32, true).value)), v);
    }
    if (v >= 0 && uint64_t(v) <= UINT32_MAX) {
      Bytes u = lebU(uint64_t(v));
      auto ur = decode(u, 32, false);
      ASSERT_EQ(ur.status, leb::Status::Ok) << v;
      EXPECT_EQ(ur.value, uint64_t(v));
    }
  }
}

TEST(Leb128, ReaderReportsLebErrorsAtTheOffendingByte) {
  // Type count at offset 10.
  EXPECT_DECODE_ERROR(binaryOf({section(1, {0x80, 0x80, 0x80, 0x80, 0x80, 0x00})}), 14,
                      "LEB128 too long");
  EXPECT_DECODE_ERROR(binaryOf({section(1, {0xFF, 0xFF, 0xFF, 0xFF, 0x1F})}), 14,
                      "unused bits set in final LEB128 byte");
  EXPECT_DECODE_ERROR(binaryOf({section(1, {0x80, 0x80})}), 12,
                      "unexpected end of section inside u32 type count");
  // i32.const with a 6-byte immediate; the opcode is at kBodyStart + 1.
  EXPECT_DECODE_ERROR(moduleWithBody({0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x1A, 0x0B}),
                      kBodyStart + 6, "LEB128 too long");
}

// ---- Every opcode ----

Instr sampleInstr(Opcode op, bool large) {
  Instr in;
  in.op = op;
  switch (info(op).imm) {
    case Imm::None:
    case Imm::MemIdx:
    case Imm::MemCopy: break;
    case Imm::Block:
      in.block.kind = large ? BlockType::Kind::TypeIndex : BlockType::Kind::Value;
      in.block.value = large ? ValType::I32 : ValType::Handle;
      in.block.typeIndex = large ? 0x40 : 0;
      break;
    case Imm::Label:
    case Imm::Func:
    case Imm::Type:
    case Imm::Local:
    case Imm::Global:
    case Imm::Segment:
    case Imm::DataIdx:
    case Imm::MemInit: in.index = large ? UINT32_MAX : 300; break;
    case Imm::BrTable:
      in.targets = large ? std::vector<uint32_t>{0, 1, UINT32_MAX} : std::vector<uint32_t>{};
      in.index = large ? 7 : 0;
      break;
    case Imm::CallInd:
      in.index = large ? UINT32_MAX : 2;
      in.offset = large ? 5 : 0;
      break;
    case Imm::MemArg:
      in.align = large ? UINT32_MAX : 2;
      in.offset = large ? UINT32_MAX : 0x12345;
      break;
    case Imm::Align: in.align = large ? 31 : 4; break;
    case Imm::ConstI32: in.bits = large ? 0x80000000u : 0xFFFFFFFFu; break;
    case Imm::ConstI64: in.bits = large ? 0x8000000000000000u : 0x7FFFFFFFFFFFFFFFu; break;
    case Imm::ConstF32: in.bits = large ? 0x7FA00001u : 0xFF800000u; break;
    case Imm::ConstF64: in.bits = large ? 0xFFF0000000000123u : 0x8000000000000000u; break;
  }
  return in;
}

Module moduleWithInstrs(std::vector<Instr> instrs) {
  Module m;
  m.types.push_back({});
  Function f;
  f.body = std::move(instrs);
  Instr end;
  end.op = Opcode::End;
  f.body.push_back(end);
  m.functions.push_back(std::move(f));
  return m;
}

TEST(BinaryOpcodes, EveryOpcodeEncodesAndDecodesBack) {
  for (uint16_t i = 0; i < kOpcodeCount; ++i) {
    for (bool large : {false, true}) {
      Opcode op = Opcode(i);
      Instr in = sampleInstr(op, large);
      Bytes bytes = writeBinary(moduleWithInstrs({in}));
      Module m = readOk(bytes);
      ASSERT_EQ(m.functions.size(), 1u) << name(op);
      ASSERT_EQ(m.functions[0].body.size(), 2u) << name(op);
      EXPECT_TRUE(m.functions[0].body[0] == in) << name(op) << (large ? " (large)" : "");
      // The encoding starts with the prefix (if any) and the code from the table.
      size_t at = m.functions[0].bodyOffset + 1;  // after the empty local declarations
      const OpcodeInfo& oi = info(op);
      if (oi.prefix) {
        EXPECT_EQ(bytes[at], oi.prefix) << name(op);
        EXPECT_EQ(decode(Bytes(bytes.begin() + long(at + 1), bytes.end()), 32, false).value,
                  oi.code)
            << name(op);
      } else {
        EXPECT_EQ(bytes[at], oi.code) << name(op);
      }
      EXPECT_EQ(writeBinary(m), bytes) << name(op);
    }
  }
}

TEST(BinaryOpcodes, BlockTypesOfEveryKind) {
  std::vector<BlockType> types;
  types.push_back({});
  for (ValType t : {ValType::I32, ValType::I64, ValType::F32, ValType::F64, ValType::Handle})
    types.push_back({BlockType::Kind::Value, t, 0});
  for (uint32_t idx : {0u, 63u, 64u, 8191u, 8192u, UINT32_MAX})
    types.push_back({BlockType::Kind::TypeIndex, ValType::I32, idx});
  for (const BlockType& bt : types) {
    Instr in;
    in.op = Opcode::Block;
    in.block = bt;
    Module m = readOk(writeBinary(moduleWithInstrs({in})));
    EXPECT_TRUE(m.functions[0].body[0].block == bt) << int(bt.kind) << " " << bt.typeIndex;
  }
  // Type index 64 must not be confused with 0x40 (empty): it takes two bytes.
  Instr in;
  in.op = Opcode::Block;
  in.block = {BlockType::Kind::TypeIndex, ValType::I32, 64};
  Bytes b = writeBinary(moduleWithInstrs({in}));
  Module m = readOk(b);
  EXPECT_EQ(b[m.functions[0].bodyOffset + 2], 0xC0);
  EXPECT_EQ(b[m.functions[0].bodyOffset + 3], 0x00);
}

TEST(BinaryOpcodes, ConstantsKeepTheirBits) {
  // i32.const -1 is stored zero-extended; f32 NaN payloads survive.
  Module m = readOk(moduleWithBody({0x00, 0x41, 0x7F, 0x1A, 0x43, 0x01, 0x00, 0xC0, 0x7F, 0x1A,
                                    0x42, 0x7F, 0x1A, 0x0B}));
  const auto& body = m.functions[0].body;
  ASSERT_EQ(body.size(), 7u);
  EXPECT_EQ(body[0].bits, 0xFFFFFFFFu);
  EXPECT_EQ(body[2].bits, 0x7FC00001u);
  EXPECT_EQ(body[4].bits, 0xFFFFFFFFFFFFFFFFu);
}

// ---- Whole modules ----

Instr mk(Opcode op, uint32_t index = 0) {
  Instr in;
  in.op = op;
  in.index = index;
  return in;
}
Instr constI32(int32_t v) {
  Instr in = mk(Opcode::I32Const);
  in.bits = uint32_t(v);
  return in;
}

Module everySectionModule() {
  Module m;
  m.types = {{{}, {}},
             {{ValType::I32, ValType::Handle}, {ValType::I64}},
             {{ValType::F32, ValType::F64}, {ValType::Handle, ValType::I32}}};
  m.imports = {{"env", "print", 1}, {"mswasm", "exit", 0}};
  Function f0;
  f0.type = 0;
  f0.locals = {ValType::I32, ValType::I32, ValType::I64, ValType::Handle, ValType::Handle,
               ValType::I32};
  Instr block = mk(Opcode::Block);
  Instr loop = mk(Opcode::Loop);
  loop.block = {BlockType::Kind::Value, ValType::F64, 0};
  Instr brt = mk(Opcode::BrTable, 1);
  brt.targets = {0, 1, 0};
  Instr load = mk(Opcode::I32Segload);
  load.align = 2;
  load.offset = 16;
  f0.body = {block, loop, mk(Opcode::F64Const), mk(Opcode::End), mk(Opcode::Drop),
             mk(Opcode::GlobalSegment, 1), load, mk(Opcode::Drop), constI32(-5), brt,
             mk(Opcode::End), mk(Opcode::Call, 3), mk(Opcode::End)};
  Function f1;
  f1.type = 1;
  f1.body = {mk(Opcode::LocalGet, 0), mk(Opcode::Drop), mk(Opcode::I64Const), mk(Opcode::End)};
  m.functions = {f0, f1};
  Instr f64c = mk(Opcode::F64Const);
  f64c.bits = 0x400921FB54442D18u;
  m.globals = {{ValType::I32, true, constI32(42)},
               {ValType::Handle, false, mk(Opcode::GlobalSegment, 0)},
               {ValType::Handle, false, mk(Opcode::FuncHandle, 2)},
               {ValType::F64, true, f64c}};
  DataSegment s0;
  s0.size = 64;
  s0.alignLog2 = 4;
  s0.readOnly = true;
  s0.init = {'h', 'e', 'l', 'l', 'o'};
  s0.relocs = {{Reloc::Kind::Segment, 16, 1, -8}, {Reloc::Kind::Function, 32, 2, 0}};
  DataSegment s1;
  s1.size = 16;
  m.segments = {s0, s1};
  m.exports = {{"main", 2}, {"f", 3}};
  m.start = 2;
  m.customs = {{"before", {1, 2}, 0},
               {"mid", {3}, section::Global},
               {"x", {9, 9}, section::Segment},
               {"end", {}, section::Code},
               {"mswasm.loc", {0, 0}, section::Code}};
  m.funcNames = {"print", "", "main", "helper"};
  m.localNames = {{}, {}, {"", "tmp"}, {"a", "b"}};
  m.typeNames = {"", "t1", ""};
  m.globalNames = {"counter", "", "", "pi"};
  m.segmentNames = {"greeting", ""};
  return m;
}

void expectSameInstrs(const std::vector<Instr>& a, const std::vector<Instr>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_TRUE(a[i] == b[i]) << "instr " << i;
}

void expectSameModule(const Module& a, const Module& b) {
  EXPECT_EQ(a.types, b.types);
  ASSERT_EQ(a.imports.size(), b.imports.size());
  for (size_t i = 0; i < a.imports.size(); ++i) {
    EXPECT_EQ(a.imports[i].module, b.imports[i].module);
    EXPECT_EQ(a.imports[i].field, b.imports[i].field);
    EXPECT_EQ(a.imports[i].type, b.imports[i].type);
  }
  ASSERT_EQ(a.functions.size(), b.functions.size());
  for (size_t i = 0; i < a.functions.size(); ++i) {
    EXPECT_EQ(a.functions[i].type, b.functions[i].type);
    EXPECT_EQ(a.functions[i].locals, b.functions[i].locals);
    expectSameInstrs(a.functions[i].body, b.functions[i].body);
  }
  ASSERT_EQ(a.globals.size(), b.globals.size());
  for (size_t i = 0; i < a.globals.size(); ++i) {
    EXPECT_EQ(a.globals[i].type, b.globals[i].type);
    EXPECT_EQ(a.globals[i].mut, b.globals[i].mut);
    EXPECT_TRUE(a.globals[i].init == b.globals[i].init);
  }
  ASSERT_EQ(a.segments.size(), b.segments.size());
  for (size_t i = 0; i < a.segments.size(); ++i) {
    EXPECT_EQ(a.segments[i].size, b.segments[i].size);
    EXPECT_EQ(a.segments[i].alignLog2, b.segments[i].alignLog2);
    EXPECT_EQ(a.segments[i].readOnly, b.segments[i].readOnly);
    EXPECT_EQ(a.segments[i].init, b.segments[i].init);
    EXPECT_EQ(a.segments[i].relocs, b.segments[i].relocs);
  }
  ASSERT_EQ(a.exports.size(), b.exports.size());
  for (size_t i = 0; i < a.exports.size(); ++i) {
    EXPECT_EQ(a.exports[i].name, b.exports[i].name);
    EXPECT_EQ(a.exports[i].func, b.exports[i].func);
  }
  EXPECT_EQ(a.start, b.start);
  ASSERT_EQ(a.customs.size(), b.customs.size());
  for (size_t i = 0; i < a.customs.size(); ++i) {
    EXPECT_EQ(a.customs[i].name, b.customs[i].name);
    EXPECT_EQ(a.customs[i].bytes, b.customs[i].bytes);
    EXPECT_EQ(a.customs[i].after, b.customs[i].after) << a.customs[i].name;
  }
  EXPECT_EQ(a.funcNames, b.funcNames);
  EXPECT_EQ(a.localNames, b.localNames);
  EXPECT_EQ(a.typeNames, b.typeNames);
  EXPECT_EQ(a.globalNames, b.globalNames);
  EXPECT_EQ(a.segmentNames, b.segmentNames);
}

TEST(BinaryRoundTrip, MinimalModuleHasTheExpectedBytes) {
  Module m = moduleWithInstrs({});
  EXPECT_EQ(writeBinary(m), moduleWithBody({0x00, 0x0B}));
  EXPECT_EQ(writeBinary(Module{}), header());
  Module empty = readOk(header());
  EXPECT_TRUE(empty.functions.empty());
  EXPECT_FALSE(empty.start.has_value());
}

TEST(BinaryRoundTrip, ModuleWithEverySectionIsByteIdentical) {
  Module m = everySectionModule();
  Bytes first = writeBinary(m);
  Module back = readOk(first);
  // The reader sizes local-name vectors to the functions' locals (parameters first).
  Module expected = m;
  expected.localNames = {{}, {}, {"", "tmp", "", "", "", ""}, {"a", "b"}};
  expectSameModule(expected, back);
  EXPECT_EQ(writeBinary(back), first);
  EXPECT_EQ(back.functions[0].locals.size(), 6u);

  std::vector<std::pair<uint8_t, std::string>> expectedOrder = {
      {0, "before"}, {1, ""}, {2, ""},  {3, ""},  {6, ""},     {0, "mid"},        {64, ""},
      {0, "x"},      {7, ""}, {8, ""}, {10, ""}, {0, "end"}, {0, "mswasm.loc"}, {0, "name"}};
  EXPECT_EQ(sectionList(first), expectedOrder);
}

TEST(BinaryRoundTrip, LocalsAreWrittenAsMaximalRuns) {
  Module m = moduleWithInstrs({});
  m.functions[0].locals = {ValType::I32, ValType::I32, ValType::I32, ValType::F64,
                           ValType::I32, ValType::Handle, ValType::Handle};
  Bytes b = writeBinary(m);
  Module back = readOk(b);
  size_t at = back.functions[0].bodyOffset;
  EXPECT_EQ(Bytes(b.begin() + long(at), b.begin() + long(at) + 10),
            Bytes({0x04, 0x03, 0x7F, 0x01, 0x7C, 0x01, 0x7F, 0x02, 0x7A, 0x0B}));
  EXPECT_EQ(back.functions[0].locals, m.functions[0].locals);
  // Runs split differently in the input decode to the same locals and are re-written canonically.
  Module split = readOk(moduleWithBody({0x03, 0x01, 0x7F, 0x00, 0x7E, 0x02, 0x7F, 0x0B}));
  EXPECT_EQ(split.functions[0].locals, std::vector<ValType>(3, ValType::I32));
  Module m3 = moduleWithInstrs({});
  m3.functions[0].locals.assign(3, ValType::I32);
  EXPECT_EQ(writeBinary(split), writeBinary(m3));
}

TEST(BinaryRoundTrip, NameSection) {
  Module m = everySectionModule();
  m.customs.clear();
  Module back = readOk(writeBinary(m));
  EXPECT_EQ(back.funcNames, m.funcNames);
  EXPECT_EQ(back.typeNames, m.typeNames);
  EXPECT_EQ(back.globalNames, m.globalNames);
  EXPECT_EQ(back.segmentNames, m.segmentNames);
  ASSERT_EQ(back.localNames.size(), 4u);
  EXPECT_TRUE(back.localNames[0].empty());
  EXPECT_EQ(back.localNames[2][1], "tmp");
  EXPECT_EQ(back.localNames[3], (std::vector<std::string>{"a", "b"}));  // f1: 2 params, 0 locals

  // No names: no name section; name vectors are still sized to their index spaces.
  Module plain = everySectionModule();
  plain.customs.clear();
  plain.funcNames.clear();
  plain.localNames.clear();
  plain.typeNames.clear();
  plain.globalNames.clear();
  plain.segmentNames = {"", ""};
  Bytes pb = writeBinary(plain);
  for (auto& s : sectionList(pb)) EXPECT_NE(s.first, 0);
  Module pback = readOk(pb);
  EXPECT_EQ(pback.funcNames, std::vector<std::string>(4));
  EXPECT_EQ(pback.typeNames, std::vector<std::string>(3));
  EXPECT_EQ(pback.globalNames, std::vector<std::string>(4));
  EXPECT_EQ(pback.segmentNames, std::vector<std::string>(2));
  EXPECT_EQ(pback.localNames.size(), 4u);
}

TEST(BinaryRoundTrip, NameSectionByHand) {
  // A name section before the sections it names, with an unknown subsection (3, labels) that is
  // skipped, function names and local names.
  Bytes names = cat({{0x01}, u32(6), {0x01, 0x00, 0x03, 'f', 'o', 'o'},      // function 0 "foo"
                     {0x02}, u32(6), {0x01, 0x00, 0x01, 0x00, 0x01, 'x'},     // func 0 local 0 "x"
                     {0x03}, u32(3), {0xAA, 0xBB, 0xCC}});                   // labels: skipped
  Bytes b = binaryOf({customSection("name", names), section(1, {0x01, 0x60, 0x00, 0x00}),
                      section(3, {0x01, 0x00}), section(10, {0x01, 0x04, 0x01, 0x01, 0x7F, 0x0B})});
  Module m = readOk(b);
  EXPECT_EQ(m.funcNames, std::vector<std::string>{"foo"});
  ASSERT_EQ(m.localNames.size(), 1u);
  EXPECT_EQ(m.localNames[0], std::vector<std::string>{"x"});
  EXPECT_TRUE(m.customs.empty());
  // Written back: the name section moves to the end, without the unknown subsection.
  Bytes w = writeBinary(m);
  auto list = sectionList(w);
  ASSERT_EQ(list.size(), 4u);
  EXPECT_EQ(list.back().second, "name");
  EXPECT_EQ(writeBinary(readOk(w)), w);
}

TEST(BinaryRoundTrip, CustomSectionPlacement) {
  Module m = moduleWithInstrs({});
  m.exports = {{"f", 0}};
  m.customs = {{"a", {1}, 0},
               {"b", {2}, section::Type},
               {"c", {3}, section::Global},  // no global section: follows the function section
               {"d", {4}, section::Type},
               {"e", {5}, section::Code}};
  Bytes first = writeBinary(m);
  std::vector<std::pair<uint8_t, std::string>> order = {
      {0, "a"}, {1, ""}, {0, "b"}, {0, "d"}, {3, ""}, {0, "c"}, {7, ""}, {10, ""}, {0, "e"}};
  EXPECT_EQ(sectionList(first), order);
  Module back = readOk(first);
  ASSERT_EQ(back.customs.size(), 5u);
  EXPECT_EQ(back.customs[0].after, 0);
  EXPECT_EQ(back.customs[1].after, section::Type);
  EXPECT_EQ(back.customs[2].name, "d");  // customs are read back in file order
  EXPECT_EQ(back.customs[2].after, section::Type);
  EXPECT_EQ(back.customs[3].name, "c");
  EXPECT_EQ(back.customs[3].after, section::Function);  // the last known section before it
  EXPECT_EQ(back.customs[4].after, section::Code);
  EXPECT_EQ(writeBinary(back), first);
}

TEST(BinaryRoundTrip, ForbiddenSectionsAreRecordedNotRejected) {
  // memory (5) between type and function, table (4) at the end: order does not matter.
  Bytes b = binaryOf({section(1, {0x01, 0x60, 0x00, 0x00}), section(5, {0x01, 0x00, 0x01}),
                      section(3, {0x01, 0x00}), section(10, {0x01, 0x02, 0x00, 0x0B}),
                      section(4, {0x00})});
  Module m = readOk(b);
  ASSERT_EQ(m.forbidden.size(), 2u);
  EXPECT_EQ(m.forbidden[0].id, 5);
  EXPECT_EQ(m.forbidden[0].offset, 14u);
  EXPECT_EQ(m.forbidden[1].id, 4);
  EXPECT_EQ(m.forbidden[1].offset, 29u);
  EXPECT_EQ(m.functions.size(), 1u);
  // The writer never emits them.
  EXPECT_EQ(writeBinary(m), moduleWithBody({0x00, 0x0B}));
}

// ---- Malformed input ----

TEST(BinaryErrors, Header) {
  EXPECT_DECODE_ERROR(Bytes({0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00}), 0,
                      "this is a WebAssembly binary, not MSWasm (magic \\0asm)");
  EXPECT_DECODE_ERROR(Bytes({0x00, 0x6D, 0x73, 0x78, 0x01, 0x00, 0x00, 0x00}), 3,
                      "expected magic");
  EXPECT_DECODE_ERROR(Bytes({0x00, 0x6D, 0x73, 0x77, 0x02, 0x00, 0x00, 0x00}), 4,
                      "unsupported version 2");
  EXPECT_DECODE_ERROR(Bytes({0x00, 0x6D}), 2, "unexpected end of input inside magic");
  EXPECT_DECODE_ERROR(Bytes({0x00, 0x6D, 0x73, 0x77, 0x01}), 5,
                      "unexpected end of input inside version");
}

TEST(BinaryErrors, SectionFraming) {
  EXPECT_DECODE_ERROR(cat({header(), {0x01, 0x0C, 0x00, 0x00, 0x00, 0x00}}), 9,
                      "section size 12 runs past end of input (4 bytes left)");
  EXPECT_DECODE_ERROR(binaryOf({section(13, {})}), 8, "unknown section id 13");
  EXPECT_DECODE_ERROR(binaryOf({section(2, {0x00}), section(1, {0x00})}), 11,
                      "section 1 (type) out of order after section 2 (import)");
  EXPECT_DECODE_ERROR(binaryOf({section(64, {0x00}), section(6, {0x00})}), 11,
                      "section 6 (global) out of order after section 64 (segment)");
  EXPECT_DECODE_ERROR(binaryOf({section(7, {0x00}), section(7, {0x00})}), 11,
                      "duplicate section 7 (export)");
  // start: the index takes one byte, the section claims three.
  EXPECT_DECODE_ERROR(binaryOf({section(8, {0x00, 0x00, 0x00})}), 11, "section 8 (start) has 2 bytes left over after its contents");
  EXPECT_DECODE_ERROR(binaryOf({section(0, {})}), 10,
                      "unexpected end of section inside u32 custom section name");
  EXPECT_DECODE_ERROR(binaryOf({customSection("name", {}), customSection("name", {})}), 15,
                      "duplicate name section");
}

TEST(BinaryErrors, TypesImportsExports) {
  EXPECT_DECODE_ERROR(binaryOf({section(1, {0x01, 0x61, 0x00, 0x00})}), 11,
                      "expected function type (0x60), found 0x61");
  EXPECT_DECODE_ERROR(binaryOf({section(1, {0x01, 0x60, 0x02, 0x7F, 0x41, 0x00})}), 14,
                      "expected value type (0x7F i32, 0x7E i64, 0x7D f32, 0x7C f64, 0x7A handle), "
                      "found 0x41");
  EXPECT_DECODE_ERROR(binaryOf({section(2, {0x01, 0x01, 'm', 0x01, 'f', 0x03, 0x00})}), 15,
                      "expected import kind 0x00");
  EXPECT_DECODE_ERROR(binaryOf({section(7, {0x01, 0x02, 0xC3, 0x28, 0x00, 0x00})}), 12,
                      "invalid UTF-8 in export name");
  EXPECT_DECODE_ERROR(binaryOf({section(7, {0x01, 0x01, 'e', 0x01, 0x00})}), 13,
                      "expected export kind 0x00");
}

TEST(BinaryErrors, GlobalsAndSegments) {
  EXPECT_DECODE_ERROR(binaryOf({section(6, {0x01, 0x7F, 0x02, 0x41, 0x00, 0x0B})}), 12,
                      "expected global mutability 0x00 or 0x01, found 0x02");
  EXPECT_DECODE_ERROR(binaryOf({section(6, {0x01, 0x7F, 0x00, 0x41, 0x00, 0x41})}), 15,
                      "expected end (0x0b) after the global's initializer instruction");
  EXPECT_DECODE_ERROR(binaryOf({section(6, {0x01, 0x7F, 0x00, 0xFA, 0x7F, 0x0B})}), 13,
                      "unknown opcode 0xfa 0x7f");
  // Segment: flags at 11, size, align, init(0 bytes), relocs.
  EXPECT_DECODE_ERROR(binaryOf({section(64, {0x01, 0x03, 0x10, 0x00, 0x00, 0x00})}), 11,
                      "reserved segment flag bits set in 0x03");
  EXPECT_DECODE_ERROR(
      binaryOf({section(64, {0x01, 0x00, 0x20, 0x04, 0x00, 0x01, 0x02, 0x00, 0x00})}), 16,
      "unknown reloc kind 0x02");
  // A segment whose init is longer than its size decodes (that is the validator's job).
  Module m = readOk(binaryOf({section(64, {0x01, 0x01, 0x01, 0x00, 0x02, 0xAA, 0xBB, 0x00})}));
  ASSERT_EQ(m.segments.size(), 1u);
  EXPECT_TRUE(m.segments[0].readOnly);
  EXPECT_EQ(m.segments[0].init.size(), 2u);
}

TEST(BinaryErrors, FunctionBodies) {
  EXPECT_DECODE_ERROR(moduleWithBody({0x00, 0x06, 0x0B}), kBodyStart + 1, "unknown opcode 0x06");
  EXPECT_DECODE_ERROR(moduleWithBody({0x00, 0xFA, 0x99, 0x01, 0x0B}), kBodyStart + 1,
                      "unknown opcode 0xfa 0x99");
  EXPECT_DECODE_ERROR(moduleWithBody({0x00, 0xFD, 0x00, 0x0B}), kBodyStart + 1,
                      "unknown opcode 0xfd");
  EXPECT_DECODE_ERROR(moduleWithBody({0x00, 0x01, 0x01}), kBodyStart + 2,
                      "body does not end with end (0x0b)");
  EXPECT_DECODE_ERROR(moduleWithBody({0x00}), kBodyStart + 1, "body does not end with end");
  // An immediate that runs past the body: i32.const with its LEB cut by the body end.
  EXPECT_DECODE_ERROR(moduleWithBody({0x00, 0x41, 0x80}), kBodyStart + 3,
                      "unexpected end of function body inside s32 i32 constant");
  EXPECT_DECODE_ERROR(moduleWithBody({0x01, 0x01, 0x70, 0x0B}), kBodyStart + 2,
                      "expected local type");
  EXPECT_DECODE_ERROR(moduleWithBody({0x00, 0x02, 0x7B, 0x0B, 0x0B}), kBodyStart + 2,
                      "expected block type");
  EXPECT_DECODE_ERROR(moduleWithBody({0x00, 0x3F, 0x01, 0x1A, 0x0B}), kBodyStart + 2,
                      "expected memory index 0x00, found 0x01");
  EXPECT_DECODE_ERROR(moduleWithBody({0x00, 0xFC, 0x0A, 0x00, 0x01, 0x0B}), kBodyStart + 4,
                      "expected memory index 0x00");
  // Body size larger than the code section: reported at the body size.
  EXPECT_DECODE_ERROR(binaryOf({section(1, {0x01, 0x60, 0x00, 0x00}), section(3, {0x01, 0x00}),
                                section(10, {0x01, 0x05, 0x00, 0x0B})}),
                      21, "function body size 5 runs past end of section (2 bytes left)");
}

TEST(BinaryErrors, FunctionAndCodeCounts) {
  Bytes type = section(1, {0x01, 0x60, 0x00, 0x00});
  EXPECT_DECODE_ERROR(binaryOf({type, section(3, {0x02, 0x00, 0x00}),
                                section(10, {0x01, 0x02, 0x00, 0x0B})}),
                      21, "function and code section counts differ (2 vs 1)");
  // No code section at all: reported at the end of the input.
  Bytes noCode = binaryOf({type, section(3, {0x01, 0x00})});
  EXPECT_DECODE_ERROR(noCode, noCode.size(), "function and code section counts differ (1 vs 0)");
  EXPECT_DECODE_ERROR(binaryOf({type, section(10, {0x01, 0x02, 0x00, 0x0B})}), 16,
                      "function and code section counts differ (0 vs 1)");
}

TEST(BinaryErrors, Locals) {
  // 50000 locals are fine; 50001 are not (reported at the count that crosses the limit).
  Bytes ok = cat({{0x01}, u32(50000), {0x7F, 0x0B}});
  Module m = readOk(moduleWithBody(ok));
  EXPECT_EQ(m.functions[0].locals.size(), 50000u);
  Bytes over = cat({{0x02}, u32(49999), {0x7F}, u32(2), {0x7E, 0x0B}});
  EXPECT_DECODE_ERROR(moduleWithBody(over), kBodyStart + 5, "too many locals");
}

TEST(BinaryErrors, NameSection) {
  Bytes code = section(10, {0x01, 0x02, 0x00, 0x0B});
  Bytes type = section(1, {0x01, 0x60, 0x01, 0x7F, 0x00});
  Bytes func = section(3, {0x01, 0x00});
  auto withNames = [&](const Bytes& names) {
    return binaryOf({type, func, code, customSection("name", names)});
  };
  // The name section starts at 25; its subsections (after the 5-byte name "name") at 32, so a
  // first subsection's id is at 32, its size at 33, its count at 34 and its first index at 35.
  EXPECT_DECODE_ERROR(withNames({0x01, 0x03, 0x01, 0x01, 0x00}), 35,
                      "function index 1 out of range in name section (1 in all)");
  EXPECT_DECODE_ERROR(withNames({0x02, 0x05, 0x01, 0x00, 0x01, 0x01, 0x00}), 37,
                      "local of function 0 index 1 out of range in name section (1 in all)");
  EXPECT_DECODE_ERROR(withNames({0x01, 0x04, 0x01, 0x00, 0x00, 0x00}), 37,
                      "name subsection 1 has 1 bytes left over");
  EXPECT_DECODE_ERROR(withNames({0x01, 0x09, 0x01, 0x00, 0x01}), 33,
                      "name subsection size 9 runs past end of section (3 bytes left)");
  EXPECT_DECODE_ERROR(withNames({0x04, 0x01, 0x00, 0x01, 0x01, 0x00}), 35,
                      "name subsection 1 out of order after subsection 4");
  EXPECT_DECODE_ERROR(withNames({0x01, 0x07, 0x02, 0x00, 0x01, 'a', 0x00, 0x01, 'b'}), 38,
                      "name map indices not strictly increasing (0 after 0)");
  EXPECT_DECODE_ERROR(withNames({0x07, 0x03, 0x01, 0x00, 0x00}), 35,
                      "global index 0 out of range");
  // Valid: parameter 0 of function 0 named "p".
  Module m = readOk(withNames({0x02, 0x06, 0x01, 0x00, 0x01, 0x00, 0x01, 'p'}));
  EXPECT_EQ(m.localNames[0], std::vector<std::string>{"p"});
}

// ---- Truncation ----

// Offsets where a section ends (a prefix ending there is a complete, shorter binary).
std::vector<size_t> sectionBoundaries(const Bytes& b) {
  std::vector<size_t> out = {8};
  size_t p = 8;
  while (p < b.size()) {
    leb::Result size = leb::read(&b[p + 1], b.data() + b.size(), 32, false);
    p += 1 + size.length + size.value;
    out.push_back(p);
  }
  return out;
}

TEST(BinaryTruncation, EveryPrefixFailsCleanly) {
  Bytes full = writeBinary(everySectionModule());
  auto boundaries = sectionBoundaries(full);
  size_t errors = 0;
  for (size_t len = 0; len < full.size(); ++len) {
    Bytes prefix(full.begin(), full.begin() + long(len));
    Module m;
    auto err = readBinary(prefix, m);
    bool boundary = std::find(boundaries.begin(), boundaries.end(), len) != boundaries.end();
    // A prefix ending inside a section (or the header) must fail, at an offset within it.
    // One ending at a section boundary is a shorter module, which may or may not decode (a
    // function section without its code section does not).
    if (!boundary) EXPECT_TRUE(err.has_value()) << "prefix length " << len;
    if (err) {
      ++errors;
      EXPECT_LE(err->offset, len) << err->str();
    }
  }
  EXPECT_GT(errors, full.size() - boundaries.size() - 1);
}

TEST(BinaryTruncation, CutInsideASectionIsReportedAgainstItsSize) {
  Bytes full = moduleWithBody({0x00, 0x0B});
  // Drop the last byte: the code section claims 4 bytes, 3 remain.
  Bytes cut(full.begin(), full.end() - 1);
  EXPECT_DECODE_ERROR(cut, 19, "section size 4 runs past end of input (3 bytes left)");
}

// ---- Huge counts ----

size_t largestAllocWhileReading(const Bytes& b, std::optional<Error>& err) {
  Module m;
  gLargestAlloc = 0;
  gTrackAllocs = true;
  err = readBinary(b, m);
  gTrackAllocs = false;
  return gLargestAlloc;
}

TEST(BinaryLimits, HugeCountsAreRejectedWithoutAllocating) {
  Bytes huge = u32(UINT32_MAX);
  Bytes type = section(1, {0x01, 0x60, 0x00, 0x00});
  Bytes func = section(3, {0x01, 0x00});
  auto body = [&](const Bytes& b) {
    return binaryOf({type, func, section(10, cat({{0x01}, u32(uint32_t(b.size())), b}))});
  };
  std::vector<Bytes> inputs = {
      binaryOf({section(1, cat({huge, {0x60, 0x00, 0x00}}))}),                  // types
      binaryOf({section(1, cat({{0x01, 0x60}, huge, {0x7F, 0x7F}}))}),          // params
      binaryOf({section(2, cat({huge, {0x00, 0x00}}))}),                        // imports
      binaryOf({section(2, cat({{0x01}, huge, {0x61}}))}),                      // a name
      binaryOf({section(3, cat({huge, {0x00, 0x00}}))}),                        // functions
      binaryOf({section(6, cat({huge, {0x7F, 0x00}}))}),                        // globals
      binaryOf({section(64, cat({huge, {0x00}}))}),                             // segments
      binaryOf({section(64, cat({{0x01, 0x00, 0x10, 0x00}, huge, {0x00}}))}),   // init bytes
      binaryOf({section(64, cat({{0x01, 0x00, 0x10, 0x00, 0x00}, huge}))}),     // relocs
      binaryOf({section(7, cat({huge, {0x00}}))}),                              // exports
      binaryOf({type, func, section(10, cat({huge, {0x02, 0x00, 0x0B}}))}),     // code
      body(cat({huge, {0x7F, 0x0B}})),                                          // local runs
      body(cat({{0x01}, huge, {0x7F, 0x0B}})),                                  // local count
      body(cat({{0x02}, u32(50000), {0x7F}, huge, {0x7E, 0x0B}})),               // local total
      body(cat({{0x00, 0x41, 0x00, 0x0E}, huge, {0x00, 0x0B}})),                // br_table
      binaryOf({customSection("name", cat({{0x01, 0x05}, huge}))}),             // name map
  };
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::optional<Error> err;
    size_t largest = largestAllocWhileReading(inputs[i], err);
    EXPECT_TRUE(err.has_value()) << "input " << i;
    EXPECT_LT(largest, size_t(1) << 16) << "input " << i << ": " << (err ? err->str() : "");
  }
  // The vec count error names the count and the bytes left.
  EXPECT_DECODE_ERROR(binaryOf({section(1, cat({huge, {0x60, 0x00, 0x00}}))}), 10,
                      "type count 4294967295 exceeds the 3 bytes left in the section");
}

// ---- Interpreter line ----

Bytes withLine(const std::string& line, const Bytes& module) {
  Bytes out(line.begin(), line.end());
  out.insert(out.end(), module.begin(), module.end());
  return out;
}

TEST(BinaryInterpreterLine, IsSkippedAndNotPartOfTheModule) {
  Bytes plain = moduleWithBody({0x00, 0x0B});
  Bytes runnable = withLine("#!/opt/mswasm/bin/mswasm run\n", plain);
  EXPECT_EQ(interpreterLineLength(runnable), std::optional<size_t>(29));
  EXPECT_EQ(interpreterLineLength(plain), std::optional<size_t>(0));
  EXPECT_TRUE(looksBinary(runnable));
  EXPECT_TRUE(looksBinary(plain));
  Module m = readOk(runnable);
  // The writer never emits the line: the same module, with or without it, encodes the same.
  EXPECT_EQ(writeBinary(m), plain);
  // Offsets count from the start of the file.
  EXPECT_EQ(m.functions[0].bodyOffset, 29 + kBodyStart);
  EXPECT_TRUE(readOk(withLine("#!\n", plain)).functions.size() == 1);
}

TEST(BinaryInterpreterLine, MalformedLinesAreErrorsWithAnOffset) {
  Bytes plain = moduleWithBody({0x00, 0x0B});
  // No newline within kMaxInterpreterLine bytes.
  std::string longLine = "#!" + std::string(kMaxInterpreterLine, 'x') + "\n";
  EXPECT_EQ(interpreterLineLength(withLine(longLine, plain)), std::nullopt);
  EXPECT_DECODE_ERROR(withLine(longLine, plain), 0, "interpreter line (#!) has no newline within its first 4096 bytes");
  EXPECT_DECODE_ERROR(withLine("#!/bin/mswasm run", {}), 0, "interpreter line (#!) has no newline");
  // A line of exactly the limit is fine.
  std::string limit = "#!" + std::string(kMaxInterpreterLine - 3, 'y') + "\n";
  EXPECT_EQ(interpreterLineLength(withLine(limit, plain)), std::optional<size_t>(kMaxInterpreterLine));
  readOk(withLine(limit, plain));
  // What follows the line must be a module; errors name the file offset.
  EXPECT_DECODE_ERROR(withLine("#!x\n", {'(', 'm', 'o', 'd'}), 4, "expected magic 00 6D 73 77 (\\0msw), found 0x28 at byte 4 (after the #! interpreter line)");
  EXPECT_DECODE_ERROR(withLine("#!x\n", {}), 4, "unexpected end of input inside magic");
  // Only one line: a second "#!" line is not skipped.
  EXPECT_DECODE_ERROR(withLine("#!a\n#!b\n", plain), 4, "expected magic");
}

TEST(BinaryLimits, SparseLocalNamesStayWithinTheFunctionsLocals) {
  // A local name for index 49999 of a function with 50000 locals is accepted; the same index in
  // a function with one local is not.
  Bytes type = section(1, {0x01, 0x60, 0x00, 0x00});
  Bytes func = section(3, {0x01, 0x00});
  Bytes locals = cat({{0x01}, u32(50000), {0x7F, 0x0B}});
  Bytes code = section(10, cat({{0x01}, u32(uint32_t(locals.size())), locals}));
  Bytes map = cat({{0x01, 0x00, 0x01}, u32(49999), {0x01, 'z'}});
  Bytes names = customSection("name", cat({{0x02}, u32(uint32_t(map.size())), map}));
  Module m = readOk(binaryOf({type, func, code, names}));
  ASSERT_EQ(m.localNames[0].size(), 50000u);
  EXPECT_EQ(m.localNames[0][49999], "z");
  Bytes small = section(10, {0x01, 0x04, 0x01, 0x01, 0x7F, 0x0B});
  Error e = readError(binaryOf({type, func, small, names}));
  EXPECT_NE(e.message.find("local of function 0 index 49999 out of range"), std::string::npos)
      << e.str();
}

}  // namespace
}  // namespace mswasm

// The `mswasm.hints` section (docs/spec.md, "Compilation hints"): entries mark defined functions
// compile-fast; anything malformed makes the whole section count as absent.
TEST(CompileFastHints, ReadsWellFormedAndIgnoresMalformedSections) {
  mswasm::Module m;
  m.types.push_back({});
  m.imports.push_back({"mswasm", "exit", 0});
  for (int i = 0; i < 3; ++i) m.functions.push_back({});  // functions 1, 2, 3
  auto hints = [&](std::vector<uint8_t> bytes) {
    mswasm::Module copy = m;
    copy.customs.push_back({"mswasm.hints", std::move(bytes), mswasm::section::Code});
    return mswasm::compileFastFunctions(copy);
  };
  EXPECT_EQ(mswasm::compileFastFunctions(m), std::vector<bool>(4, false));
  EXPECT_EQ(hints({2, 1, 1, 3, 1}), (std::vector<bool>{false, true, false, true}));
  EXPECT_EQ(hints({1, 2, 0}), std::vector<bool>(4, false));         // flag bit 0 clear
  EXPECT_EQ(hints({1, 2, 3}), (std::vector<bool>{false, false, true, false}));  // other bits ignored
  EXPECT_EQ(hints({1, 0, 1}), std::vector<bool>(4, false));         // an import
  EXPECT_EQ(hints({1, 4, 1}), std::vector<bool>(4, false));         // out of range
  EXPECT_EQ(hints({2, 2, 1, 1, 1}), std::vector<bool>(4, false));   // not increasing
  EXPECT_EQ(hints({2, 1, 1}), std::vector<bool>(4, false));         // truncated
  EXPECT_EQ(hints({1, 1, 1, 0}), std::vector<bool>(4, false));      // trailing bytes
  EXPECT_EQ(hints({1, 0x81}), std::vector<bool>(4, false));         // truncated LEB
}
