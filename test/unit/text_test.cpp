// Unit tests of the text printer and parser (format/src/text_*.cpp): parse -> print -> parse
// round trips (the example module under test/format/Inputs and one module per opcode of the
// table), exact float and integer literals, names and labels, type-use resolution, the printed
// layout, error messages with line:column, and robustness against malformed input.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include "mswasm/binary.h"
#include "mswasm/opcode.h"
#include "mswasm/text.h"
#include "mswasm/validate.h"

using namespace mswasm;

namespace {

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string inputPath(const char* name) { return std::string(MSWASM_TEST_INPUTS) + "/" + name; }

// Parses `text`, failing the test with the error if it does not parse.
Module parseOk(std::string_view text) {
  Module m;
  auto err = parseText(text, m);
  EXPECT_FALSE(err.has_value()) << err->str() << "\nin:\n" << text;
  return m;
}

// The error message ("line:col: message") for text that must not parse.
std::string parseError(std::string_view text) {
  Module m;
  auto err = parseText(text, m);
  if (!err) return "<no error>";
  EXPECT_EQ(err->where, Error::Where::Text);
  return err->str();
}

std::string instrText(const Instr& in) {
  std::ostringstream os;
  os << name(in.op) << " index=" << in.index << " align=" << in.align << " offset=" << in.offset
     << " bits=" << in.bits << " block=" << int(in.block.kind) << "/" << int(in.block.value) << "/"
     << in.block.typeIndex << " targets=";
  for (uint32_t t : in.targets) os << t << ",";
  return os.str();
}

// Describes the first difference between two modules ("" when identical; the binary offsets of
// bodies and forbidden sections are not part of the text format).
std::string diff(const Module& a, const Module& b) {
  if (a.types != b.types) return "types";
  if (a.imports.size() != b.imports.size()) return "import count";
  for (size_t i = 0; i < a.imports.size(); ++i)
    if (a.imports[i].module != b.imports[i].module || a.imports[i].field != b.imports[i].field ||
        a.imports[i].type != b.imports[i].type)
      return "import " + std::to_string(i);
  if (a.functions.size() != b.functions.size()) return "function count";
  for (size_t i = 0; i < a.functions.size(); ++i) {
    const Function &fa = a.functions[i], &fb = b.functions[i];
    if (fa.type != fb.type || fa.locals != fb.locals) return "function " + std::to_string(i);
    if (fa.body.size() != fb.body.size()) return "body size of function " + std::to_string(i);
    for (size_t k = 0; k < fa.body.size(); ++k)
      if (!(fa.body[k] == fb.body[k]))
        return "function " + std::to_string(i) + " instr " + std::to_string(k) + ": " +
               instrText(fa.body[k]) + " vs " + instrText(fb.body[k]);
  }
  if (a.globals.size() != b.globals.size()) return "global count";
  for (size_t i = 0; i < a.globals.size(); ++i)
    if (a.globals[i].type != b.globals[i].type || a.globals[i].mut != b.globals[i].mut ||
        !(a.globals[i].init == b.globals[i].init))
      return "global " + std::to_string(i);
  if (a.segments.size() != b.segments.size()) return "segment count";
  for (size_t i = 0; i < a.segments.size(); ++i) {
    const DataSegment &sa = a.segments[i], &sb = b.segments[i];
    if (sa.size != sb.size || sa.alignLog2 != sb.alignLog2 || sa.readOnly != sb.readOnly ||
        sa.init != sb.init || sa.relocs != sb.relocs)
      return "segment " + std::to_string(i);
  }
  if (a.exports.size() != b.exports.size()) return "export count";
  for (size_t i = 0; i < a.exports.size(); ++i)
    if (a.exports[i].name != b.exports[i].name || a.exports[i].func != b.exports[i].func)
      return "export " + std::to_string(i);
  if (a.start != b.start) return "start";
  if (a.customs.size() != b.customs.size()) return "custom count";
  for (size_t i = 0; i < a.customs.size(); ++i)
    if (a.customs[i].name != b.customs[i].name || a.customs[i].bytes != b.customs[i].bytes ||
        a.customs[i].after != b.customs[i].after)
      return "custom " + std::to_string(i);
  if (a.funcNames != b.funcNames) return "funcNames";
  if (a.localNames != b.localNames) return "localNames";
  if (a.globalNames != b.globalNames) return "globalNames";
  if (a.segmentNames != b.segmentNames) return "segmentNames";
  if (a.typeNames != b.typeNames) return "typeNames";
  return "";
}

// print(m) parses to a module identical to m, and printing that gives the same text.
void expectRoundTrip(const Module& m) {
  std::string text = printText(m);
  Module back;
  auto err = parseText(text, back);
  ASSERT_FALSE(err.has_value()) << err->str() << "\nin:\n" << text;
  EXPECT_EQ(diff(m, back), "") << text;
  EXPECT_EQ(printText(back), text);
}

Instr make(Opcode op, uint32_t index = 0) {
  Instr in;
  in.op = op;
  in.index = index;
  return in;
}

Instr end() { return make(Opcode::End); }

// A module with one type, one function of that type, a global and a segment, names sized as
// the parser sizes them; tests put instructions into function 0's body.
Module skeleton() {
  Module m;
  m.types.push_back(FuncType{{ValType::I32, ValType::Handle}, {ValType::I32}});
  Function f;
  f.type = 0;
  f.locals = {ValType::I64, ValType::F32};
  f.body = {end()};
  m.functions.push_back(f);
  Global g;
  g.type = ValType::I32;
  g.init = make(Opcode::I32Const);
  m.globals.push_back(g);
  m.segments.push_back(DataSegment{32, 4, false, {}, {}});
  m.funcNames = {""};
  m.localNames = {{"", "", "", ""}};
  m.globalNames = {""};
  m.segmentNames = {""};
  m.typeNames = {""};
  return m;
}

// ---------------------------------------------------------------------------------------------

TEST(TextRoundTrip, EveryInstructionExample) {
  std::string text = readFile(inputPath("every-instruction.wat"));
  ASSERT_FALSE(text.empty()) << "missing " << inputPath("every-instruction.wat");
  Module m = parseOk(text);
  expectRoundTrip(m);

  // It covers every valid opcode (in bodies or global initialisers) and no forbidden one.
  std::set<Opcode> used;
  for (const Function& f : m.functions)
    for (const Instr& in : f.body) used.insert(in.op);
  for (const Global& g : m.globals) used.insert(g.init.op);
  for (uint16_t i = 0; i < kOpcodeCount; ++i) {
    Opcode op = static_cast<Opcode>(i);
    bool ok = info(op).flags == OpFlags::Ok;
    EXPECT_EQ(used.count(op) == 1, ok) << name(op);
  }

  // Every section kind and the details the example is meant to exercise.
  EXPECT_EQ(m.imports.size(), 3u);
  EXPECT_EQ(m.imports[0].module, "mswasm");
  EXPECT_EQ(m.imports[0].field, "fd_write");
  EXPECT_EQ(m.funcNames[0], "fd_write");
  EXPECT_EQ(m.localNames[0], (std::vector<std::string>{"fd", "buf", "len"}));
  EXPECT_EQ(m.funcNames[2], "");
  std::set<ValType> globalTypes;
  for (const Global& g : m.globals) globalTypes.insert(g.type);
  EXPECT_EQ(globalTypes.size(), 5u);
  ASSERT_EQ(m.segments.size(), 4u);
  EXPECT_TRUE(m.segments[0].readOnly);
  EXPECT_EQ(m.segments[1].relocs.size(), 3u);
  EXPECT_EQ(m.segments[1].relocs[0].kind, Reloc::Kind::Function);
  EXPECT_EQ(m.segments[1].relocs[1], (Reloc{Reloc::Kind::Segment, 16, 0, 7}));
  EXPECT_EQ(m.segments[1].relocs[2], (Reloc{Reloc::Kind::Segment, 32, 2, 0}));
  EXPECT_EQ(m.segmentNames[2], "scratch buffer");
  EXPECT_EQ(m.segments[2].alignLog2, 5u);
  EXPECT_EQ(m.segments[2].init,
            (std::vector<uint8_t>{0, 1, 2, 3, 0xC3, 0xA9, 't', 0xC3, 0xA9}));
  EXPECT_FALSE(m.exports.empty());
  ASSERT_TRUE(m.start.has_value());
  EXPECT_EQ(m.funcNames[*m.start], "init");
  ASSERT_EQ(m.customs.size(), 1u);
  EXPECT_EQ(m.customs[0].after, section::Code);
}

// One module per opcode of the table (forbidden ones too: the printer must show what the
// reader decodes), with immediates that differ from the defaults.
TEST(TextRoundTrip, EveryOpcode) {
  for (uint16_t i = 0; i < kOpcodeCount; ++i) {
    Opcode op = static_cast<Opcode>(i);
    SCOPED_TRACE(std::string(name(op)));
    Module m = skeleton();
    Instr in = make(op, 0);
    switch (info(op).imm) {
      case Imm::Label: in.index = 3; break;
      case Imm::BrTable: in.targets = {0, 1, 2}; in.index = 3; break;
      case Imm::Local: in.index = 3; break;
      case Imm::CallInd: in.offset = 1; break;
      case Imm::MemInit: case Imm::DataIdx: in.index = 5; break;
      case Imm::MemArg: in.offset = 12; in.align = 0; break;
      case Imm::Align: in.align = 4; break;
      case Imm::ConstI32: in.bits = 0xFFFFFFF6; break;
      case Imm::ConstI64: in.bits = 0x8000000000000000ull; break;
      case Imm::ConstF32: in.bits = 0x7FA00001; break;
      case Imm::ConstF64: in.bits = 0x3FB999999999999Aull; break;
      case Imm::Block:
        in.block.kind = BlockType::Kind::Value;
        in.block.value = ValType::Handle;
        break;
      default: break;
    }
    std::vector<Instr> body;
    if (op == Opcode::Else) body = {make(Opcode::If), in, end()};
    else if (op == Opcode::End) body = {make(Opcode::Block), in};
    else if (info(op).imm == Imm::Block) body = {in, end()};
    else body = {in};
    body.push_back(end());
    m.functions[0].body = body;
    expectRoundTrip(m);
    EXPECT_NE(printText(m).find(std::string(name(op))), std::string::npos);
  }
}

TEST(TextRoundTrip, MemArgDefaultsAndAlignment) {
  Module m = parseOk(
      "(module (func (param handle)\n"
      "  local.get 0 i64.segload\n drop\n"
      "  local.get 0 i64.segload offset=0x10 align=2\n drop\n"
      "  local.get 0 handle.segload align=16\n drop\n"
      "  i32.const 1 stack.alloc align=1 drop\n"
      "  i32.const 1 stack.alloc align=65536 drop))");
  const auto& body = m.functions[0].body;
  EXPECT_EQ(body[1].align, 3u);
  EXPECT_EQ(body[1].offset, 0u);
  EXPECT_EQ(body[4].align, 1u);
  EXPECT_EQ(body[4].offset, 16u);
  EXPECT_EQ(body[7].align, 4u);
  EXPECT_EQ(body[10].align, 0u);
  EXPECT_EQ(body[13].align, 16u);
  std::string text = printText(m);
  EXPECT_NE(text.find("    i64.segload\n"), std::string::npos) << text;
  EXPECT_NE(text.find("    i64.segload offset=16 align=2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("    handle.segload\n"), std::string::npos) << text;
  EXPECT_NE(text.find("    stack.alloc\n"), std::string::npos) << text;
  EXPECT_NE(text.find("    stack.alloc align=65536\n"), std::string::npos) << text;
  expectRoundTrip(m);

  // Alignments no power of two can print (a reader accepts any u32 log2) still round-trip.
  Module big = skeleton();
  Instr load = make(Opcode::I32Segload);
  load.align = 70;
  big.functions[0].body = {load, end()};
  big.segments[0].alignLog2 = 99;
  expectRoundTrip(big);
}

// A global initialiser is one instruction; which ones are constant is the validator's business,
// so any instruction a binary may hold there prints and parses back.
TEST(TextRoundTrip, AnyGlobalInitialiser) {
  for (Opcode op : {Opcode::GlobalGet, Opcode::Block, Opcode::End, Opcode::Else, Opcode::Br,
                    Opcode::I32Add, Opcode::FuncHandle, Opcode::GlobalSegment}) {
    SCOPED_TRACE(std::string(name(op)));
    Module m = skeleton();
    m.globals[0].init = make(op);
    expectRoundTrip(m);
  }
  Module m = parseOk("(module (global $g (mut handle) global.get $g))");
  EXPECT_EQ(m.globals[0].init.op, Opcode::GlobalGet);
  EXPECT_TRUE(m.globals[0].mut);
  EXPECT_EQ(m.globals[0].type, ValType::Handle);
}

// With the rest of the library: the example is a valid module, and text -> binary -> text gives
// the same text (names, customs and all).
TEST(TextRoundTrip, ExampleValidatesAndSurvivesTheBinary) {
  std::string text = readFile(inputPath("every-instruction.wat"));
  Module m = parseOk(text);
  for (const Error& e : validate(m)) ADD_FAILURE() << e.str();
  std::string printed = printText(m);
  Module back;
  auto err = readBinary(writeBinary(m), back);
  ASSERT_FALSE(err.has_value()) << err->str();
  EXPECT_EQ(printText(back), printed);
}

// ---------------------------------------------------------------------------------------------
// Literals

uint32_t f32Bits(std::string_view literal) {
  Module m = parseOk("(module (func f32.const " + std::string(literal) + " drop))");
  return m.functions.empty() ? 0 : uint32_t(m.functions[0].body[0].bits);
}
uint64_t f64Bits(std::string_view literal) {
  Module m = parseOk("(module (func f64.const " + std::string(literal) + " drop))");
  return m.functions.empty() ? 0 : m.functions[0].body[0].bits;
}
uint64_t constBits(const char* type, std::string_view literal) {
  Module m =
      parseOk("(module (func " + std::string(type) + ".const " + std::string(literal) + " drop))");
  return m.functions.empty() ? 0 : m.functions[0].body[0].bits;
}

TEST(TextLiterals, FloatEdgeCasesRoundTripExactly) {
  const uint32_t f32s[] = {0, 0x80000000, 1, 0x80000001, 0x007FFFFF, 0x00800000, 0x7F7FFFFF,
                           0xFF7FFFFF, 0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000, 0x7F800001,
                           0x7FBFFFFF, 0xFFFFFFFF, 0x3DCCCCCD, 0x3F800000, 0x4B800001, 0x33D6BF95};
  const uint64_t f64s[] = {0, 0x8000000000000000ull, 1, 0x000FFFFFFFFFFFFFull,
                           0x0010000000000000ull, 0x7FEFFFFFFFFFFFFFull, 0xFFEFFFFFFFFFFFFFull,
                           0x7FF0000000000000ull, 0xFFF0000000000000ull, 0x7FF8000000000000ull,
                           0xFFF8000000000000ull, 0x7FF0000000000001ull, 0xFFFFFFFFFFFFFFFFull,
                           0x3FB999999999999Aull, 0x4340000000000001ull, 0x44B52D02C7E14AF6ull};
  Module m = skeleton();
  std::vector<Instr> body;
  auto add = [&](Opcode op, uint64_t bits) {
    Instr in = make(op);
    in.bits = bits;
    body.push_back(in);
    body.push_back(make(Opcode::Drop));
  };
  for (uint32_t b : f32s) add(Opcode::F32Const, b);
  for (uint64_t b : f64s) add(Opcode::F64Const, b);
  // Plus a deterministic sweep of random bit patterns of both widths.
  uint64_t state = 0x9E3779B97F4A7C15ull;
  for (int k = 0; k < 3000; ++k) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    add(Opcode::F32Const, state >> 32);
    add(Opcode::F64Const, state ^ (state << 17));
  }
  body.push_back(end());
  m.functions[0].body = body;
  expectRoundTrip(m);

}

// How single constants print.
std::string printedConst(Opcode op, uint64_t bits) {
  Module m = skeleton();
  Instr in = make(op);
  in.bits = bits;
  m.functions[0].body = {in, make(Opcode::Drop), end()};
  std::string text = printText(m);
  std::string prefix = "\n    " + std::string(name(op)) + " ";
  size_t at = text.find(prefix);
  if (at == std::string::npos) return "<missing>";
  at += prefix.size();
  return text.substr(at, text.find('\n', at) - at);
}

TEST(TextLiterals, FloatSpelling) {
  EXPECT_EQ(printedConst(Opcode::F32Const, 0x80000000), "-0");
  EXPECT_EQ(printedConst(Opcode::F32Const, 0x7FC00000), "nan");
  EXPECT_EQ(printedConst(Opcode::F32Const, 0xFFC00000), "-nan");
  EXPECT_EQ(printedConst(Opcode::F32Const, 0x7F800001), "nan:0x1");
  EXPECT_EQ(printedConst(Opcode::F32Const, 0xFF800000), "-inf");
  EXPECT_EQ(printedConst(Opcode::F32Const, 0x3DCCCCCD), "0.1");
  EXPECT_EQ(printedConst(Opcode::F64Const, 0xFFF8000000000001ull), "-nan:0x8000000000001");
  EXPECT_EQ(printedConst(Opcode::F64Const, 0x3FF8000000000000ull), "1.5");
  EXPECT_EQ(printedConst(Opcode::F64Const, 1), "5e-324");
  EXPECT_EQ(printedConst(Opcode::I32Const, 0xFFFFFFFF), "-1");
  EXPECT_EQ(printedConst(Opcode::I32Const, 0x80000000), "-2147483648");
  EXPECT_EQ(printedConst(Opcode::I64Const, 0x8000000000000000ull), "-9223372036854775808");
}

TEST(TextLiterals, FloatSyntax) {
  EXPECT_EQ(f32Bits("0x1p-149"), 1u);
  EXPECT_EQ(f32Bits("0x1.fffffep127"), 0x7F7FFFFFu);
  EXPECT_EQ(f32Bits("3.4028235e38"), 0x7F7FFFFFu);
  EXPECT_EQ(f32Bits("-1e-50"), 0x80000000u);  // underflow is a signed zero
  EXPECT_EQ(f32Bits("0x1.000001p0"), 0x3F800000u);  // ties to even
  EXPECT_EQ(f32Bits("0x1.000003p0"), 0x3F800002u);
  EXPECT_EQ(f32Bits("0x1_0"), 0x41800000u);  // 16
  EXPECT_EQ(f32Bits("1_000.5e-1_0"), f32Bits("1000.5e-10"));
  EXPECT_EQ(f32Bits("+1."), 0x3F800000u);
  EXPECT_EQ(f32Bits("0x1.P1"), 0x40000000u);
  EXPECT_EQ(f32Bits("1E1"), 0x41200000u);
  EXPECT_EQ(f32Bits("nan:0x200000"), 0x7FA00000u);
  EXPECT_EQ(f32Bits("-nan:0x7f_ffff"), 0xFFFFFFFFu);
  EXPECT_EQ(f32Bits("inf"), 0x7F800000u);
  EXPECT_EQ(f32Bits("-inf"), 0xFF800000u);
  EXPECT_EQ(f64Bits("0.1"), 0x3FB999999999999Aull);
  EXPECT_EQ(f64Bits("-0"), 0x8000000000000000ull);
  EXPECT_EQ(f64Bits("-0x0p+0"), 0x8000000000000000ull);
  EXPECT_EQ(f64Bits("1.7976931348623157e308"), 0x7FEFFFFFFFFFFFFFull);
  EXPECT_EQ(f64Bits("0x1.fffffffffffffp1023"), 0x7FEFFFFFFFFFFFFFull);
  EXPECT_EQ(f64Bits("2.4703282292062328e-324"), 1u);
  EXPECT_EQ(f64Bits("1e-400"), 0u);
  EXPECT_EQ(f64Bits("0x0.0000000000001p-1022"), 1u);
  EXPECT_EQ(f64Bits("nan:0x1"), 0x7FF0000000000001ull);
  EXPECT_EQ(f64Bits("12345678901234567890"), 0x43E56A95319D63E1ull);
}

TEST(TextLiterals, IntegerRanges) {
  EXPECT_EQ(constBits("i32", "4294967295"), 0xFFFFFFFFu);
  EXPECT_EQ(constBits("i32", "-2147483648"), 0x80000000u);
  EXPECT_EQ(constBits("i32", "0xFFFF_FFFF"), 0xFFFFFFFFu);
  EXPECT_EQ(constBits("i32", "-0x1"), 0xFFFFFFFFu);
  EXPECT_EQ(constBits("i32", "+7"), 7u);
  EXPECT_EQ(constBits("i64", "18446744073709551615"), ~0ull);
  EXPECT_EQ(constBits("i64", "-9223372036854775808"), 0x8000000000000000ull);
  EXPECT_EQ(constBits("i64", "-1"), ~0ull);
  EXPECT_EQ(parseError("(module (func i32.const 4294967296))"), "1:25: i32 constant out of range");
  EXPECT_EQ(parseError("(module (func i32.const -2147483649))"), "1:25: i32 constant out of range");
  EXPECT_EQ(parseError("(module (func i64.const 18446744073709551616))"),
            "1:25: i64 constant out of range");
  EXPECT_EQ(parseError("(module (func i64.const -9223372036854775809))"),
            "1:25: i64 constant out of range");
  EXPECT_EQ(parseError("(module (func i32.const 1__0))"),
            "1:25: expected i32 constant, found '1__0'");
  EXPECT_EQ(parseError("(module (func i32.const _1))"), "1:25: expected i32 constant, found '_1'");
  EXPECT_EQ(parseError("(module (func i32.const 0x))"), "1:25: expected i32 constant, found '0x'");
  EXPECT_EQ(parseError("(module (func i32.const 1.5))"),
            "1:25: expected i32 constant, found '1.5'");
  EXPECT_EQ(parseError("(module (func f32.const 1e39))"), "1:25: f32 constant out of range");
  EXPECT_EQ(parseError("(module (func f32.const 3.5e38))"), "1:25: f32 constant out of range");
  EXPECT_EQ(parseError("(module (func f64.const 1e309))"), "1:25: f64 constant out of range");
  EXPECT_EQ(parseError("(module (func f32.const nan:0x0))"), "1:25: f32 constant out of range");
  EXPECT_EQ(parseError("(module (func f32.const nan:0x800000))"),
            "1:25: f32 constant out of range");
  EXPECT_EQ(parseError("(module (func f64.const .5))"), "1:25: expected f64 constant, found '.5'");
  EXPECT_EQ(parseError("(module (func f64.const 1e))"), "1:25: expected f64 constant, found '1e'");
  EXPECT_EQ(parseError("(module (func f64.const infinity))"),
            "1:25: expected f64 constant, found 'infinity'");
}

// ---------------------------------------------------------------------------------------------
// Names, labels, type uses

TEST(TextNames, OddCharactersDuplicatesAndQuotedIds) {
  Module m = skeleton();
  m.functions.resize(6, m.functions[0]);
  m.funcNames = {"my func", "a\"b\\c", "dup", "dup", "caf\xC3\xA9", "ok.name$1"};
  m.exports.push_back(Export{"bad\xC3(\xE2\x82\xAC\xED\xA0\x80\xF0\x9F\x98\x80", 0});
  m.localNames.assign(6, {"", "", "", ""});
  m.localNames[0] = {"x", "the handle", "x", ""};  // "x" twice: kept, but not as an id
  m.globalNames = {"tab\there"};
  m.segmentNames = {"seg"};
  m.typeNames = {"binop"};
  Instr call = make(Opcode::Call, 0);
  m.functions[1].body = {call, make(Opcode::LocalGet, 1), end()};
  m.functions[0].body = {make(Opcode::LocalGet, 0), make(Opcode::LocalGet, 2),
                         make(Opcode::LocalGet, 1), make(Opcode::GlobalSegment, 0), end()};
  std::string text = printText(m);
  EXPECT_NE(text.find("(func $\"my func\" (type $binop) (param (@name \"x\") i32) "
                      "(param $\"the handle\" handle) (result i32) (local (@name \"x\") i64) "
                      "(local f32)\n"),
            std::string::npos) << text;
  EXPECT_NE(text.find("(func $\"a\\22b\\5cc\""), std::string::npos) << text;
  EXPECT_NE(text.find("(func (;2;) (@name \"dup\")"), std::string::npos) << text;
  EXPECT_NE(text.find("(func $\"caf\xC3\xA9\""), std::string::npos) << text;
  EXPECT_NE(text.find("(func $ok.name$1"), std::string::npos) << text;
  EXPECT_NE(text.find("(global $\"tab\\09here\" i32"), std::string::npos) << text;
  // Well-formed UTF-8 stays as is in names; malformed bytes (and surrogates) are escaped.
  EXPECT_NE(text.find("(export \"bad\\c3(\xE2\x82\xAC\\ed\\a0\\80\xF0\x9F\x98\x80\""),
            std::string::npos) << text;
  EXPECT_NE(text.find("call $\"my func\"\n"), std::string::npos) << text;
  EXPECT_NE(text.find("local.get 2\n"), std::string::npos) << text;
  EXPECT_NE(text.find("local.get $\"the handle\"\n"), std::string::npos) << text;
  EXPECT_NE(text.find("global.segment $seg\n"), std::string::npos) << text;
  // Names are UTF-8 in the binary, so the parser rejects the malformed export name the printer
  // escaped (the binary reader would reject it too); with a well-formed one the module round-trips.
  Module back;
  auto err = parseText(text, back);
  ASSERT_TRUE(err.has_value());
  EXPECT_NE(err->message.find("UTF-8"), std::string::npos) << err->str();
  m.exports.back().name = "good\xE2\x82\xAC";
  expectRoundTrip(m);

  // Plain and quoted spellings of an id are the same id.
  Module q = parseOk("(module (func $\"f\" call $f) (func $\"g h\" call $\"g\\20h\"))");
  EXPECT_EQ(q.funcNames, (std::vector<std::string>{"f", "g h"}));
  EXPECT_EQ(q.functions[1].body[0].index, 1u);
  EXPECT_EQ(parseError("(module (func $a) (func $\"a\"))"), "1:25: duplicate identifier $\"a\"");
}

TEST(TextNames, ParserSizesNameVectors) {
  Module m = parseOk(
      "(module (type $t (func)) (type (func (param i32)))\n"
      " (import \"m\" \"f\" (func (param $p i32)))\n"
      " (global $g i32 i32.const 0) (global i32 i32.const 1)\n"
      " (segment (size 0) (align 1)) (segment $s (size 0) (align 1))\n"
      " (func $f (param i32) (local $l i64) (local f32)))");
  EXPECT_EQ(m.typeNames, (std::vector<std::string>{"t", ""}));
  EXPECT_EQ(m.funcNames, (std::vector<std::string>{"", "f"}));
  EXPECT_EQ(m.globalNames, (std::vector<std::string>{"g", ""}));
  EXPECT_EQ(m.segmentNames, (std::vector<std::string>{"", "s"}));
  ASSERT_EQ(m.localNames.size(), 2u);
  EXPECT_EQ(m.localNames[0], (std::vector<std::string>{"p"}));
  EXPECT_EQ(m.localNames[1], (std::vector<std::string>{"", "l", ""}));
  expectRoundTrip(m);
}

TEST(TextLabels, IdsResolveToDepths) {
  Module m = parseOk(
      "(module (func (param i32)\n"
      "  block $outer\n"
      "    loop $inner (result i32)\n"
      "      br $outer\n"      // depth 1
      "      br $inner\n"      // depth 0
      "      block $outer\n"   // shadows
      "        br $outer\n"    // depth 0
      "        br 2\n"
      "        local.get 0\n"
      "        br_table $outer $inner 3\n"
      "      end $outer\n"
      "      i32.const 0\n"
      "      if $c\n"
      "        br $c\n"
      "      else $c\n"
      "        br $inner\n"  // depth 1
      "      end $c\n"
      "    end $inner\n"
      "    drop\n"
      "  end\n"
      "  br 0))");
  std::vector<uint32_t> depths;
  for (const Instr& in : m.functions[0].body)
    if (in.op == Opcode::Br) depths.push_back(in.index);
  EXPECT_EQ(depths, (std::vector<uint32_t>{1, 0, 0, 2, 0, 1, 0}));
  const Instr& table = m.functions[0].body[8];
  ASSERT_EQ(table.op, Opcode::BrTable);
  EXPECT_EQ(table.targets, (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(table.index, 3u);
  EXPECT_EQ(m.functions[0].body.back().op, Opcode::End);
  expectRoundTrip(m);

  EXPECT_EQ(parseError("(module (func block $a br $b end))"), "1:27: unknown label $b");
  EXPECT_EQ(parseError("(module (func block $a end $b))"), "1:28: mismatching label $b");
  EXPECT_EQ(parseError("(module (func block end $b))"),
            "1:25: mismatching label $b (the block has no label)");
  EXPECT_EQ(parseError("(module (func block $a block $b end $a end))"),
            "1:37: mismatching label $a");
  EXPECT_EQ(parseError("(module (func br_table))"), "1:23: expected a label, found ')'");
}

TEST(TextTypeUse, Resolution) {
  Module m = parseOk(
      "(module\n"
      " (type (func (param i32) (result i32)))\n"
      " (func (param i32) (result i32) local.get 0)\n"          // reuses type 0
      " (func (type 0) local.get 0)\n"                          // names type 0
      " (func (type 0) (param $x i32) (result i32) local.get $x)\n"
      " (func (param f64))\n"                                   // appends type 2
      " (type (func (param i64)))\n"                            // explicit types come first
      " (func (param i64))\n"                                   // reuses type 1
      " (func block (result i32 i32) i32.const 1 i32.const 2 end drop drop)\n"
      " (func block (param i32) (result i32) end drop))");
  ASSERT_EQ(m.types.size(), 5u);
  EXPECT_EQ(m.functions[0].type, 0u);
  EXPECT_EQ(m.functions[1].type, 0u);
  EXPECT_EQ(m.functions[2].type, 0u);
  EXPECT_EQ(m.types[1], (FuncType{{ValType::I64}, {}}));
  EXPECT_EQ(m.functions[3].type, 2u);
  EXPECT_EQ(m.types[2], (FuncType{{ValType::F64}, {}}));
  EXPECT_EQ(m.functions[4].type, 1u);
  EXPECT_EQ(m.types[3], (FuncType{{}, {}}));
  EXPECT_EQ(m.functions[5].type, 3u);
  EXPECT_EQ(m.functions[5].body[0].block.kind, BlockType::Kind::TypeIndex);
  EXPECT_EQ(m.types[4], (FuncType{{}, {ValType::I32, ValType::I32}}));
  EXPECT_EQ(m.functions[5].body[0].block.typeIndex, 4u);
  EXPECT_EQ(m.functions[6].body[0].block.typeIndex, 0u);
  expectRoundTrip(m);

  Module b = parseOk("(module (func block (result f32) f32.const 0 end drop block end))");
  EXPECT_EQ(b.types.size(), 1u);
  EXPECT_EQ(b.functions[0].body[0].block.kind, BlockType::Kind::Value);
  EXPECT_EQ(b.functions[0].body[0].block.value, ValType::F32);
  EXPECT_EQ(b.functions[0].body[4].block.kind, BlockType::Kind::Empty);

  EXPECT_EQ(parseError("(module (type (func (param i32)))\n(func (type 0) (param i64)))"),
            "2:8: type use (type 0) does not match its params/results");
  EXPECT_EQ(parseError("(module (type (func))\n(func (type 0) (result i32) i32.const 0))"),
            "2:8: type use (type 0) does not match its params/results");
  EXPECT_EQ(parseError("(module (func (type 3) (param i32)))"), "1:16: unknown type 3");
  EXPECT_EQ(parseError("(module (func (type $nope)))"), "1:21: unknown identifier $nope");
}

TEST(TextFields, ExportsStartCustomsAndOrder) {
  Module m = parseOk(
      "(module\n"
      " (@custom \"first\" \"\\01\\02\")\n"
      " (func $a (export \"a\") (export \"alias\"))\n"
      " (export \"b\" (func $b))\n"
      " (func $b (export \"b2\"))\n"
      " (start $b)\n"
      " (@custom \"mswasm.loc\" (after code) \"\\00\" \"\\01\")\n"
      " (@custom \"odd\" (after 42))\n"
      " (@custom \"f\" (after func))\n"
      " (@custom \"s\" (after segment) \"x\"))");
  ASSERT_EQ(m.exports.size(), 4u);
  EXPECT_EQ(m.exports[0].name, "a");
  EXPECT_EQ(m.exports[1].name, "alias");
  EXPECT_EQ(m.exports[2].name, "b");
  EXPECT_EQ(m.exports[2].func, 1u);
  EXPECT_EQ(m.exports[3].name, "b2");
  EXPECT_EQ(m.start, 1u);
  ASSERT_EQ(m.customs.size(), 5u);
  EXPECT_EQ(m.customs[0].after, 0u);
  EXPECT_EQ(m.customs[0].bytes, (std::vector<uint8_t>{1, 2}));
  EXPECT_EQ(m.customs[1].after, section::Code);
  EXPECT_EQ(m.customs[1].bytes, (std::vector<uint8_t>{0, 1}));
  EXPECT_EQ(m.customs[2].after, 42u);
  EXPECT_EQ(m.customs[3].after, section::Function);
  EXPECT_EQ(m.customs[4].after, section::Segment);
  std::string text = printText(m);
  EXPECT_NE(text.find("  (@custom \"first\" \"\\01\\02\")\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  (@custom \"mswasm.loc\" (after code) \"\\00\\01\")\n"), std::string::npos);
  EXPECT_NE(text.find("  (@custom \"odd\" (after 42) \"\")\n"), std::string::npos);
  EXPECT_NE(text.find("  (@custom \"f\" (after function) \"\")\n"), std::string::npos);
  expectRoundTrip(m);

  // Every section name prints and parses back.
  Module all;
  for (uint8_t id : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 64, 200})
    all.customs.push_back(CustomSection{"c", {id}, id});
  expectRoundTrip(all);
}

// The layout the printer promises (docs/spec.md, "Text format").
TEST(TextPrinter, Layout) {
  Module m = parseOk(
      "(module\n"
      "  (type (func (param i32) (result i32)))\n"
      "  (type $w (func (param i32 handle i32) (result i32)))\n"
      "  (import \"mswasm\" \"fd_write\" (func $write (type $w)))\n"
      "  (segment $t (size 16) (align 16))\n"
      "  (segment $s (size 32) (align 16) (readonly) (data \"hello\\0a\") (reloc 0 (segment $t 4))"
      " (reloc 16 (func $f)))\n"
      "  (global $g (mut i32) i32.const 0)\n"
      "  (global f64 f64.const -0x1.8p1)\n"
      "  (func $f (type 0) (param $x i32) (result i32) (local $y handle) (local i32 i64)\n"
      "    local.get $x if (result i32) block loop br 1 end end i32.const 1 else i32.const 2 end)\n"
      "  (export \"f\" (func $f))\n"
      "  (start 1))");
  const char* expected =
      "(module\n"
      "  (type (;0;) (func (param i32) (result i32)))\n"
      "  (type $w (func (param i32 handle i32) (result i32)))\n"
      "  (import \"mswasm\" \"fd_write\" (func $write (type $w) (param i32 handle i32) "
      "(result i32)))\n"
      "  (global $g (mut i32) i32.const 0)\n"
      "  (global (;1;) f64 f64.const -3)\n"
      "  (segment $t (size 16) (align 16))\n"
      "  (segment $s (size 32) (align 16) (readonly) (data \"hello\\0a\") (reloc 0 (segment $t 4)) "
      "(reloc 16 (func $f)))\n"
      "  (func $f (type 0) (param $x i32) (result i32) (local $y handle) (local i32 i64)\n"
      "    local.get $x\n"
      "    if (result i32)\n"
      "      block\n"
      "        loop\n"
      "          br 1\n"
      "        end\n"
      "      end\n"
      "      i32.const 1\n"
      "    else\n"
      "      i32.const 2\n"
      "    end\n"
      "  )\n"
      "  (export \"f\" (func $f))\n"
      "  (start $f)\n"
      ")\n";
  EXPECT_EQ(printText(m), expected);
  EXPECT_EQ(printText(Module()), "(module\n)\n");
}

// ---------------------------------------------------------------------------------------------
// Errors

TEST(TextErrors, MessagesWithLineAndColumn) {
  EXPECT_EQ(parseError("(module\n  (func\n    i32.lod))"), "3:5: unknown instruction 'i32.lod'");
  EXPECT_EQ(parseError("(module (func (result i32) i32.const 1)"),
            "1:40: expected ')' to close '(' opened at 1:1");
  EXPECT_EQ(parseError("(module (type (func)) (type (func) (func)))"),
            "1:36: expected ')', found '('");
  EXPECT_EQ(parseError("(module (func call $foo))"), "1:20: unknown identifier $foo");
  EXPECT_EQ(parseError("(module (func $x)\n (func $x))"), "2:8: duplicate identifier $x");
  EXPECT_EQ(parseError("(module (func (param $x i32) (local $x i32)))"),
            "1:37: duplicate identifier $x");
  EXPECT_EQ(parseError("(module (func)\n  (import \"m\" \"f\" (func)))"),
            "2:4: import after function");
  EXPECT_EQ(parseError("(module (@custom \"abc))"), "1:18: unterminated string");
  EXPECT_EQ(parseError("(module (@custom \"a\\qb\"))"), "1:20: invalid escape in string");
  EXPECT_EQ(parseError("(module (@custom \"\\u{d800}\"))"),
            "1:19: invalid unicode escape in string");
  EXPECT_EQ(parseError("(module (func end))"), "1:15: 'end' without matching block");
  EXPECT_EQ(parseError("(module (func block else end))"), "1:21: 'else' without matching 'if'");
  EXPECT_EQ(parseError("(module (func i32.const 0 if else else end))"),
            "1:35: 'else' without matching 'if'");
  EXPECT_EQ(parseError("(module (func\n  block\n  loop))"),
            "3:7: expected 'end' to close 'loop' opened at 3:3");
  EXPECT_EQ(parseError("(module (func (param handle) local.get 0 i32.segload align=3 drop))"),
            "1:54: alignment must be a power of two");
  EXPECT_EQ(parseError("(module (segment (size 8) (align 0)))"),
            "1:34: alignment must be a power of two");
  EXPECT_EQ(parseError("(module (memory 1))"), "1:10: unknown module field 'memory'");
  EXPECT_EQ(parseError("(module) (module)"), "1:10: expected end of input, found '('");
  EXPECT_EQ(parseError("(module (func i32.const 1 , ))"), "1:27: unexpected character ','");
  EXPECT_EQ(parseError("(module (; open (; nested ;) ))"), "1:9: unterminated block comment");
  EXPECT_EQ(parseError("(module (func (i32.const 1)))"),
            "1:15: expected an instruction, found '(' (folded instructions are not supported)");
  EXPECT_EQ(parseError("(module (global i33 i32.const 0))"),
            "1:17: expected a value type, found 'i33'");
  EXPECT_EQ(parseError("(module (func) (start 0) (start 0))"), "1:33: multiple start fields");
  EXPECT_EQ(parseError("(module (func call 4294967296))"),
            "1:20: '4294967296' is out of range for a function index");
  EXPECT_EQ(parseError("(module (export \"x\" (func 0) x))"), "1:30: expected ')', found 'x'");
  EXPECT_EQ(parseError("(module (@custom \"c\" (after nowhere)))"),
            "1:29: expected a section name, found 'nowhere'");
  EXPECT_EQ(parseError(""), "1:1: expected '(', found end of input");
  EXPECT_EQ(parseError(")"), "1:1: unexpected ')'");
  EXPECT_EQ(parseError("(module $)"), "1:9: empty identifier '$'");
  EXPECT_EQ(parseError("(module (func $\"\"))"), "1:15: empty identifier '$\"\"'");
}

TEST(TextErrors, FirstErrorInTextOrder) {
  // A bad type field later in the text does not hide an earlier error.
  EXPECT_EQ(parseError("(module (func i32.lod)\n (type (func (param i33))))"),
            "1:15: unknown instruction 'i32.lod'");
  EXPECT_EQ(parseError("(module (func nop)\n (type (func (param i33))))"),
            "2:21: expected a value type, found 'i33'");
}

TEST(TextErrors, DeepNestingIsAnError) {
  std::string deep = "(module ";
  for (int i = 0; i < 5000; ++i) deep += "(";
  EXPECT_EQ(parseError(deep), "1:1008: nesting too deep");
  std::string ok = "(module (func ";
  for (int i = 0; i < 1500; ++i) ok += "block ";
  for (int i = 0; i < 1500; ++i) ok += "end ";
  ok += "))";
  Module m = parseOk(ok);
  EXPECT_EQ(m.functions[0].body.size(), 3001u);
  expectRoundTrip(m);
}

// Mutated versions of the example module never crash the parser, and whatever parses prints
// and parses back identically.
TEST(TextErrors, MutatedInputsNeverCrash) {
  std::string text = readFile(inputPath("every-instruction.wat"));
  ASSERT_FALSE(text.empty());
  const char pieces[][8] = {"(", ")", "\"", "$", ";;", "(;", "0x", "-", "end", "block", " ", "\\"};
  uint64_t state = 12345;
  auto rnd = [&](uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % n;
  };
  int parsed = 0;
  for (int k = 0; k < 400; ++k) {
    std::string t = text;
    for (int e = 0; e < 3; ++e) {
      size_t at = rnd(t.size());
      switch (rnd(3)) {
        case 0: t.erase(at, 1 + rnd(8)); break;
        case 1: t.insert(at, pieces[rnd(std::size(pieces))]); break;
        default: t[at] = char(rnd(256)); break;
      }
    }
    Module m;
    auto err = parseText(t, m);
    if (err) {
      EXPECT_EQ(err->where, Error::Where::Text);
      EXPECT_GE(err->line, 1u);
      continue;
    }
    ++parsed;
    expectRoundTrip(m);
  }
  EXPECT_LT(parsed, 400);
  EXPECT_GT(parsed, 0);
}

}  // namespace
