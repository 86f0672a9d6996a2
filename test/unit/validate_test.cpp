// Tests of the MSWasm validator (format/src/validator.cpp, rules in docs/validation.md).
//
// Modules are built directly as Module/Instr values with the small builders below.
// `kCases` holds, for every error code of validation_errors.def, at least one module that breaks
// exactly that rule, with the location the error must name; a parameterised test checks each,
// and `ErrorCoverage.EveryCodeHasACase` fails when a code is added to the .def without a case
// (or a case names a code the .def lacks). Positive tests build valid modules that use every
// instruction of the opcode table, polymorphic stacks, multi-value blocks and handle operands;
// table-driven negative tests check every simple instruction's operand and result types.
#include <gtest/gtest.h>

#include <bit>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "mswasm/validate.h"

namespace mswasm {
namespace {

constexpr ValType i32 = ValType::I32, i64 = ValType::I64, f32 = ValType::F32, f64 = ValType::F64,
                  H = ValType::Handle;
constexpr ValType kAllTypes[] = {i32, i64, f32, f64, H};

// ---- builders ------------------------------------------------------------------------------

Instr op(Opcode o, uint32_t index = 0) {
  Instr in;
  in.op = o;
  in.index = index;
  return in;
}
Instr i32c(int32_t v) {
  Instr in = op(Opcode::I32Const);
  in.bits = uint32_t(v);
  return in;
}
Instr i64c(int64_t v) {
  Instr in = op(Opcode::I64Const);
  in.bits = uint64_t(v);
  return in;
}
Instr mem(Opcode o, uint32_t align, uint32_t offset = 0) {
  Instr in = op(o);
  in.align = align;
  in.offset = offset;
  return in;
}
Instr blk(Opcode o) { return op(o); }
Instr blkv(Opcode o, ValType t) {
  Instr in = op(o);
  in.block.kind = BlockType::Kind::Value;
  in.block.value = t;
  return in;
}
Instr blkt(Opcode o, uint32_t typeIndex) {
  Instr in = op(o);
  in.block.kind = BlockType::Kind::TypeIndex;
  in.block.typeIndex = typeIndex;
  return in;
}
Instr brTable(std::vector<uint32_t> targets, uint32_t def) {
  Instr in = op(Opcode::BrTable, def);
  in.targets = std::move(targets);
  return in;
}
Instr stackAlloc(uint32_t align) {
  Instr in = op(Opcode::StackAlloc);
  in.align = align;
  return in;
}
Instr end() { return op(Opcode::End); }

// An instruction that pushes one value of type t.
Instr produce(ValType t) {
  switch (t) {
    case ValType::I32: return i32c(1);
    case ValType::I64: return i64c(1);
    case ValType::F32: return op(Opcode::F32Const);
    case ValType::F64: return op(Opcode::F64Const);
    case ValType::Handle: return op(Opcode::HandleNull);
  }
  return op(Opcode::Nop);
}

FuncType sig(std::vector<ValType> params, std::vector<ValType> results) {
  return FuncType{std::move(params), std::move(results)};
}

uint32_t addType(Module& m, const FuncType& t) {
  for (uint32_t i = 0; i < m.types.size(); ++i)
    if (m.types[i] == t) return i;
  m.types.push_back(t);
  return uint32_t(m.types.size() - 1);
}

// Adds a function; returns its index in the function index space.
uint32_t addFunc(Module& m, const FuncType& t, std::vector<Instr> body,
                 std::vector<ValType> locals = {}) {
  Function f;
  f.type = addType(m, t);
  f.locals = std::move(locals);
  f.body = std::move(body);
  m.functions.push_back(std::move(f));
  return m.numFunctions() - 1;
}

// A module with one function [] -> [] (or the given type) and the given body.
Module fn(std::vector<Instr> body, FuncType t = {}, std::vector<ValType> locals = {}) {
  Module m;
  addFunc(m, t, std::move(body), std::move(locals));
  return m;
}

Module withSegment(uint32_t size, std::vector<Reloc> relocs = {}) {
  Module m;
  DataSegment s;
  s.size = size;
  s.alignLog2 = 4;
  s.relocs = std::move(relocs);
  m.segments.push_back(std::move(s));
  return m;
}

Reloc segReloc(uint32_t offset, uint32_t target = 0) {
  Reloc r;
  r.kind = Reloc::Kind::Segment;
  r.offset = offset;
  r.index = target;
  return r;
}

Module withGlobal(ValType t, Instr init, bool mut = false) {
  Module m;
  Global g;
  g.type = t;
  g.mut = mut;
  g.init = std::move(init);
  m.globals.push_back(std::move(g));
  return m;
}

std::string dump(const std::vector<Error>& errs) {
  std::string s;
  for (const Error& e : errs) s += "  " + e.str() + "\n";
  return s.empty() ? "  (no errors)\n" : s;
}

#define EXPECT_VALID(m)                                \
  do {                                                 \
    auto errs_ = validate(m);                          \
    EXPECT_TRUE(errs_.empty()) << dump(errs_);         \
  } while (0)

// Expects exactly one error, with this code, in function `func` at instruction `instr`.
void expectInstrError(const Module& m, const std::string& code, uint32_t func, uint32_t instr) {
  auto errs = validate(m);
  ASSERT_EQ(errs.size(), 1u) << dump(errs);
  EXPECT_EQ(errs[0].code, code) << dump(errs);
  EXPECT_EQ(errs[0].where, Error::Where::Instr) << dump(errs);
  EXPECT_EQ(errs[0].func, func) << dump(errs);
  EXPECT_EQ(errs[0].instr, instr) << dump(errs);
}

// ---- one case per error code ---------------------------------------------------------------

struct Case {
  std::string name;  // unique, [A-Za-z0-9_]
  std::string code;
  std::function<Module()> build;
  Error::Where where;
  uint32_t func = 0, instr = 0;  // Where::Instr
  std::string message;           // a substring the message must contain
};

Case instrCase(std::string name, std::string code, std::function<Module()> build, uint32_t func,
               uint32_t instr, std::string message) {
  return Case{std::move(name), std::move(code), std::move(build), Error::Where::Instr, func,
              instr, std::move(message)};
}
Case moduleCase(std::string name, std::string code, std::function<Module()> build,
                std::string message) {
  return Case{std::move(name), std::move(code), std::move(build), Error::Where::None, 0, 0,
              std::move(message)};
}

std::vector<Case> makeCases() {
  std::vector<Case> c;
  // unknown-opcode
  c.push_back(instrCase("UnknownOpcode", "unknown-opcode", [] {
    return fn({op(Opcode(kOpcodeCount)), end()});
  }, 0, 0, "not in the opcode table"));
  c.push_back(moduleCase("UnknownOpcodeInGlobal", "unknown-opcode", [] {
    return withGlobal(i32, op(Opcode(kOpcodeCount + 5)));
  }, "global 0: init opcode"));
  // value-type
  c.push_back(moduleCase("ValueTypeInType", "value-type", [] {
    Module m;
    m.types.push_back(sig({i32, ValType(0x40)}, {}));
    return m;
  }, "type 0: param 1 has invalid value type 0x40"));
  c.push_back(moduleCase("ValueTypeInLocal", "value-type", [] {
    return fn({end()}, sig({i32}, {}), {ValType(0x6f)});
  }, "function 0: local 1 has invalid value type 0x6f"));
  c.push_back(moduleCase("ValueTypeInGlobal", "value-type", [] {
    return withGlobal(ValType(0x7b), i32c(0));
  }, "global 0: invalid value type 0x7b"));
  c.push_back(instrCase("ValueTypeInBlock", "value-type", [] {
    return fn({blkv(Opcode::Block, ValType(0x00)), end(), end()});
  }, 0, 0, "block type 0x00"));
  // block-type
  c.push_back(instrCase("BlockTypeKind", "block-type", [] {
    Instr b = op(Opcode::Loop);
    b.block.kind = BlockType::Kind(9);
    return fn({b, end(), end()});
  }, 0, 0, "loop: block type kind 9"));
  // reloc-kind
  c.push_back(moduleCase("RelocKind", "reloc-kind", [] {
    Reloc r = segReloc(0);
    r.kind = Reloc::Kind(3);
    return withSegment(32, {r});
  }, "segment 0 reloc 0: kind 3"));
  // type-index
  c.push_back(moduleCase("TypeIndexFunction", "type-index", [] {
    Module m = fn({end()});
    m.functions[0].type = 4;
    return m;
  }, "function 0: type index 4 out of range (1 types)"));
  c.push_back(moduleCase("TypeIndexImport", "type-index", [] {
    Module m;
    m.imports.push_back(Import{"mswasm", "exit", 2});
    return m;
  }, "import 0 (mswasm.exit): type index 2"));
  c.push_back(instrCase("TypeIndexCallHandle", "type-index", [] {
    return fn({op(Opcode::HandleNull), op(Opcode::CallHandle, 7), end()});
  }, 0, 1, "call.handle: type 7 out of range"));
  c.push_back(instrCase("TypeIndexBlock", "type-index", [] {
    return fn({blkt(Opcode::If, 3), end(), end()});
  }, 0, 0, "if: block type index 3 out of range"));
  // func-index
  c.push_back(instrCase("FuncIndexCall", "func-index", [] {
    return fn({op(Opcode::Call, 1), end()});
  }, 0, 0, "call: function 1 out of range (1 functions)"));
  c.push_back(instrCase("FuncIndexFuncHandle", "func-index", [] {
    return fn({op(Opcode::FuncHandle, 9), op(Opcode::Drop), end()});
  }, 0, 0, "func.handle: function 9"));
  c.push_back(moduleCase("FuncIndexExport", "func-index", [] {
    Module m = fn({end()});
    m.exports.push_back(Export{"f", 1});
    return m;
  }, "export 0 \"f\": function 1 out of range"));
  c.push_back(moduleCase("FuncIndexStart", "func-index", [] {
    Module m;
    m.start = 0;
    return m;
  }, "start: function 0 out of range"));
  c.push_back(moduleCase("FuncIndexReloc", "func-index", [] {
    Reloc r;
    r.kind = Reloc::Kind::Function;
    r.offset = 16;
    r.index = 2;
    return withSegment(32, {r});
  }, "segment 0 reloc 0: target function 2"));
  c.push_back(moduleCase("FuncIndexGlobalInit", "func-index", [] {
    return withGlobal(H, op(Opcode::FuncHandle, 0));
  }, "global 0: init func.handle 0 out of range"));
  // local-index
  c.push_back(instrCase("LocalIndex", "local-index", [] {
    return fn({op(Opcode::LocalGet, 2), op(Opcode::Drop), end()}, sig({i32}, {}), {H});
  }, 0, 0, "local.get: local 2 out of range (2 locals"));
  // global-index
  c.push_back(instrCase("GlobalIndex", "global-index", [] {
    return fn({i32c(0), op(Opcode::GlobalSet, 0), end()});
  }, 0, 1, "global.set: global 0 out of range"));
  // segment-index
  c.push_back(instrCase("SegmentIndexInstr", "segment-index", [] {
    return fn({op(Opcode::GlobalSegment, 0), op(Opcode::Drop), end()});
  }, 0, 0, "global.segment: segment 0 out of range (0 segments)"));
  c.push_back(moduleCase("SegmentIndexReloc", "segment-index", [] {
    return withSegment(32, {segReloc(16, 1)});
  }, "segment 0 reloc 0: target segment 1 out of range"));
  c.push_back(moduleCase("SegmentIndexGlobalInit", "segment-index", [] {
    return withGlobal(H, op(Opcode::GlobalSegment, 0));
  }, "global 0: init global.segment 0 out of range"));
  // label-index
  c.push_back(instrCase("LabelIndexBr", "label-index", [] {
    return fn({blk(Opcode::Block), op(Opcode::Br, 2), end(), end()});
  }, 0, 1, "br: label 2 out of range (2 enclosing labels)"));
  c.push_back(instrCase("LabelIndexBrTable", "label-index", [] {
    return fn({i32c(0), brTable({0, 1}, 0), end()});
  }, 0, 1, "br_table target 1: label 1 out of range"));
  c.push_back(instrCase("LabelIndexBrIf", "label-index", [] {
    return fn({i32c(0), op(Opcode::BrIf, 1), end()});
  }, 0, 1, "br_if: label 1"));
  // type-too-large
  c.push_back(moduleCase("TypeTooLarge", "type-too-large", [] {
    Module m;
    m.types.push_back(sig(std::vector<ValType>(1001, i32), {}));
    return m;
  }, "type 0: 1001 params and 0 results (at most 1000 each)"));
  // too-many-locals
  c.push_back(moduleCase("TooManyLocals", "too-many-locals", [] {
    return fn({end()}, sig({i32}, {}), std::vector<ValType>(50000, i64));
  }, "function 0: 50001 locals"));
  // nesting-too-deep
  c.push_back(instrCase("NestingTooDeep", "nesting-too-deep", [] {
    std::vector<Instr> body(10001, blk(Opcode::Block));
    body.resize(20002, end());
    body.push_back(end());
    return fn(body);
  }, 0, 10000, "nested more than 10000 deep"));
  // type-mismatch
  c.push_back(instrCase("TypeMismatchNumeric", "type-mismatch", [] {
    return fn({i32c(1), i64c(2), op(Opcode::I32Add), op(Opcode::Drop), end()});
  }, 0, 2, "i32.add: expected i32 operand, found i64"));
  c.push_back(instrCase("TypeMismatchIntAsHandle", "type-mismatch", [] {
    return fn({i32c(0x10000), mem(Opcode::I32Segload, 2), op(Opcode::Drop), end()});
  }, 0, 1, "i32.segload: expected handle operand, found i32"));
  c.push_back(instrCase("TypeMismatchSelect", "type-mismatch", [] {
    return fn({op(Opcode::HandleNull), i32c(0), i32c(1), op(Opcode::Select), op(Opcode::Drop),
               end()});
  }, 0, 3, "select: operands have different types handle and i32"));
  c.push_back(instrCase("TypeMismatchResult", "type-mismatch", [] {
    return fn({op(Opcode::HandleNull), end()}, sig({}, {i32}));
  }, 0, 1, "end of function: expected i32 operand, found handle"));
  // stack-underflow
  c.push_back(instrCase("StackUnderflow", "stack-underflow", [] {
    return fn({i32c(1), op(Opcode::I32Add), op(Opcode::Drop), end()});
  }, 0, 1, "i32.add: expected an i32 operand, but the function's stack is empty"));
  c.push_back(instrCase("StackUnderflowInBlock", "stack-underflow", [] {
    return fn({i32c(1), blk(Opcode::Block), op(Opcode::Drop), end(), op(Opcode::Drop), end()});
  }, 0, 2, "drop: expected an operand, but the block's stack is empty"));
  // extra-values
  c.push_back(instrCase("ExtraValues", "extra-values", [] {
    return fn({i32c(1), end()});
  }, 0, 1, "1 value(s) left on the stack beyond the function's results []"));
  c.push_back(instrCase("ExtraValuesBlock", "extra-values", [] {
    return fn({blkv(Opcode::Block, i32), i32c(1), i32c(2), end(), op(Opcode::Drop), end()});
  }, 0, 3, "end of block: 1 value(s) left"));
  // if-without-else
  c.push_back(instrCase("IfWithoutElse", "if-without-else", [] {
    return fn({i32c(1), blkv(Opcode::If, i32), i32c(2), end(), op(Opcode::Drop), end()});
  }, 0, 3, "if without else (opened at instruction 1) must have params equal to its results"));
  // else-without-if
  c.push_back(instrCase("ElseInBlock", "else-without-if", [] {
    return fn({blk(Opcode::Block), op(Opcode::Else), end(), end()});
  }, 0, 1, "else inside a block"));
  c.push_back(instrCase("SecondElse", "else-without-if", [] {
    return fn({i32c(0), blk(Opcode::If), op(Opcode::Else), op(Opcode::Else), end(), end()});
  }, 0, 3, "second else of the if at instruction 1"));
  c.push_back(instrCase("ElseAtTop", "else-without-if", [] {
    return fn({op(Opcode::Else), end()});
  }, 0, 0, "else inside a function"));
  // missing-end
  c.push_back(instrCase("MissingEnd", "missing-end", [] {
    return fn({blk(Opcode::Block), end()});
  }, 0, 2, "without the function's final end (1 block(s) still open)"));
  c.push_back(instrCase("EmptyBody", "missing-end", [] { return fn({}); }, 0, 0,
                        "without the function's final end"));
  // code-after-end
  c.push_back(instrCase("CodeAfterEnd", "code-after-end", [] {
    return fn({end(), op(Opcode::Nop)});
  }, 0, 1, "after the function's final end"));
  c.push_back(instrCase("EndAfterEnd", "code-after-end", [] {
    return fn({end(), end()});
  }, 0, 1, "its final end is at 0"));
  // br-table-arity
  c.push_back(instrCase("BrTableArity", "br-table-arity", [] {
    return fn({blkv(Opcode::Block, i32), blk(Opcode::Block), i32c(7), i32c(0),
               brTable({0, 1}, 1), end(), end(), op(Opcode::Drop), end()});
  }, 0, 4, "br_table target 0 (label 0) has arity 0 [], the default (label 1) has 1 [i32]"));
  // immutable-global
  c.push_back(instrCase("ImmutableGlobal", "immutable-global", [] {
    Module m = withGlobal(i32, i32c(0), /*mut=*/false);
    addFunc(m, {}, {i32c(1), op(Opcode::GlobalSet, 0), end()});
    return m;
  }, 0, 1, "global.set: global 0 is immutable"));
  // alignment
  c.push_back(instrCase("Alignment", "alignment", [] {
    return fn({op(Opcode::HandleNull), mem(Opcode::I32Segload, 3), op(Opcode::Drop), end()});
  }, 0, 1, "i32.segload: alignment 2^3 is larger than the access size 4"));
  c.push_back(instrCase("AlignmentHandleStore", "alignment", [] {
    return fn({op(Opcode::HandleNull), op(Opcode::HandleNull),
               mem(Opcode::HandleSegstore, 5), end()});
  }, 0, 2, "handle.segstore: alignment 2^5"));
  // stack-alloc-alignment
  c.push_back(instrCase("StackAllocAlignment", "stack-alloc-alignment", [] {
    return fn({i32c(16), stackAlloc(17), op(Opcode::Drop), end()});
  }, 0, 1, "stack.alloc: alignment 2^17 is larger than 2^16"));
  // memory-instruction
  c.push_back(instrCase("MemoryLoad", "memory-instruction", [] {
    return fn({i32c(0), mem(Opcode::I32Load, 2), op(Opcode::Drop), end()});
  }, 0, 1, "i32.load is not allowed in MSWasm: there is no linear memory; use i32.segload with "
           "a handle"));
  c.push_back(instrCase("MemoryStore", "memory-instruction", [] {
    return fn({i32c(0), i64c(0), mem(Opcode::I64Store32, 2), end()});
  }, 0, 2, "use i64.segstore32 with a handle"));
  c.push_back(instrCase("MemoryGrow", "memory-instruction", [] {
    return fn({i32c(1), op(Opcode::MemoryGrow), op(Opcode::Drop), end()});
  }, 0, 1, "memory.grow is not allowed in MSWasm: there is no linear memory; allocate segments"));
  c.push_back(instrCase("MemoryCopy", "memory-instruction", [] {
    return fn({op(Opcode::MemoryCopy), end()});
  }, 0, 0, "use segment.copy"));
  c.push_back(instrCase("DataDrop", "memory-instruction", [] {
    return fn({op(Opcode::DataDrop), end()});
  }, 0, 0, "data.drop is not allowed"));
  // table-instruction
  c.push_back(instrCase("CallIndirect", "table-instruction", [] {
    return fn({i32c(0), op(Opcode::CallIndirect, 0), end()});
  }, 0, 1, "call_indirect is not allowed in MSWasm: there are no tables; use call.handle with a "
           "code handle"));
  // forbidden-section
  c.push_back(moduleCase("ForbiddenMemorySection", "forbidden-section", [] {
    Module m;
    m.forbidden.push_back(ForbiddenSection{section::Memory, 28});
    return m;
  }, "memory section (id 5) at byte offset 28 (0x1c) is not allowed"));
  c.push_back(moduleCase("ForbiddenDataCountSection", "forbidden-section", [] {
    Module m;
    m.forbidden.push_back(ForbiddenSection{section::DataCount, 9});
    return m;
  }, "data count section (id 12) at byte offset 9"));
  c.push_back(moduleCase("ForbiddenTableSection", "forbidden-section", [] {
    Module m;
    m.forbidden.push_back(ForbiddenSection{section::Table, 100});
    return m;
  }, "table section (id 4)"));
  // global-init-not-constant
  c.push_back(moduleCase("GlobalInitNotConstant", "global-init-not-constant", [] {
    return withGlobal(i32, op(Opcode::I32Add));
  }, "global 0: init i32.add is not a constant instruction"));
  c.push_back(moduleCase("GlobalInitGlobalGet", "global-init-not-constant", [] {
    Module m = withGlobal(i32, i32c(1));
    Global g;
    g.init = op(Opcode::GlobalGet, 0);
    m.globals.push_back(g);
    return m;
  }, "global 1: init global.get is not a constant"));
  // global-init-type
  c.push_back(moduleCase("GlobalInitType", "global-init-type", [] {
    return withGlobal(i32, i64c(3));
  }, "global 0: init i64.const produces i64, the global has type i32"));
  c.push_back(moduleCase("GlobalInitHandleFromInt", "global-init-type", [] {
    return withGlobal(H, i32c(0));
  }, "init i32.const produces i32, the global has type handle"));
  // segment-init-too-large
  c.push_back(moduleCase("SegmentInitTooLarge", "segment-init-too-large", [] {
    Module m = withSegment(2);
    m.segments[0].init = {1, 2, 3};
    return m;
  }, "segment 0: 3 initial bytes, more than its size 2"));
  // segment-alignment
  c.push_back(moduleCase("SegmentAlignment", "segment-alignment", [] {
    Module m = withSegment(2);
    m.segments[0].alignLog2 = 17;
    return m;
  }, "segment 0: alignment 2^17 is larger than 2^16"));
  // reloc-misaligned
  c.push_back(moduleCase("RelocMisaligned", "reloc-misaligned", [] {
    Module m = withSegment(64, {segReloc(0)});
    m.segments.push_back(m.segments[0]);
    m.segments.push_back(m.segments[0]);
    m.segments.push_back(m.segments[0]);
    m.segments[3].relocs.push_back(segReloc(8));
    return m;
  }, "segment 3 reloc 1: offset 8 is not a multiple of 16"));
  // reloc-out-of-bounds
  c.push_back(moduleCase("RelocOutOfBounds", "reloc-out-of-bounds", [] {
    return withSegment(24, {segReloc(16)});
  }, "segment 0 reloc 0: offset 16 + 16 is beyond the segment's size 24"));
  c.push_back(moduleCase("RelocOutOfBoundsNoWrap", "reloc-out-of-bounds", [] {
    return withSegment(0xFFFFFFFFu, {segReloc(0xFFFFFFF0u)});
  }, "offset 4294967280 + 16"));
  // reloc-unsorted
  c.push_back(moduleCase("RelocUnsorted", "reloc-unsorted", [] {
    return withSegment(64, {segReloc(32), segReloc(16)});
  }, "segment 0 reloc 1: offset 16 is below the previous reloc's offset 32"));
  // reloc-overlap
  c.push_back(moduleCase("RelocOverlap", "reloc-overlap", [] {
    return withSegment(64, {segReloc(16), segReloc(16)});
  }, "segment 0 reloc 1: offset 16 overlaps the previous reloc at offset 16"));
  // duplicate-export
  c.push_back(moduleCase("DuplicateExport", "duplicate-export", [] {
    Module m = fn({end()});
    m.exports = {Export{"a", 0}, Export{"b", 0}, Export{"a", 0}};
    return m;
  }, "export 2 \"a\": name already exported by export 0"));
  // start-type
  c.push_back(moduleCase("StartType", "start-type", [] {
    Module m = fn({end()}, sig({i32}, {}));
    m.start = 0;
    return m;
  }, "start: function 0 has type [i32] -> [], must be [] -> []"));
  c.push_back(moduleCase("StartTypeResult", "start-type", [] {
    Module m = fn({i32c(0), end()}, sig({}, {i32}));
    m.start = 0;
    return m;
  }, "has type [] -> [i32]"));
  // entry-point-type
  c.push_back(moduleCase("EntryPointType", "entry-point-type", [] {
    Module m = fn({i64c(0), end()}, sig({}, {i64}));
    m.exports.push_back(Export{"_start", 0});
    return m;
  }, "export 0 \"_start\": function 0 has type [] -> [i64], the entry point must have type"));
  c.push_back(moduleCase("EntryPointTypeImport", "entry-point-type", [] {
    Module m;
    m.types.push_back(sig({i32}, {i32}));
    m.imports.push_back(Import{"mswasm", "fd_close", 0});
    m.exports.push_back(Export{"_start", 0});
    return m;
  }, "[i32] -> [i32]"));
  return c;
}

const std::vector<Case>& cases() {
  static const std::vector<Case> c = makeCases();
  return c;
}

class ErrorCase : public ::testing::TestWithParam<Case> {};

TEST_P(ErrorCase, ReportsExactlyThisError) {
  const Case& c = GetParam();
  auto errs = validate(c.build());
  ASSERT_EQ(errs.size(), 1u) << dump(errs);
  const Error& e = errs[0];
  EXPECT_EQ(e.code, c.code) << dump(errs);
  EXPECT_EQ(e.where, c.where) << dump(errs);
  if (c.where == Error::Where::Instr) {
    EXPECT_EQ(e.func, c.func) << dump(errs);
    EXPECT_EQ(e.instr, c.instr) << dump(errs);
  }
  EXPECT_NE(e.message.find(c.message), std::string::npos)
      << "message: " << e.message << "\nexpected to contain: " << c.message;
  EXPECT_NE(e.str().find("[" + c.code + "]"), std::string::npos) << e.str();
}

INSTANTIATE_TEST_SUITE_P(Validate, ErrorCase, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return info.param.name;
                         });

std::vector<std::string> defCodes() {
  return {
#define MSW_VERROR(Name, code, summary) code,
#include "mswasm/validation_errors.def"
#undef MSW_VERROR
  };
}

TEST(ErrorCoverage, EveryCodeHasACase) {
  std::vector<std::string> codes = defCodes();
  std::set<std::string> defined(codes.begin(), codes.end());
  EXPECT_EQ(defined.size(), codes.size()) << "duplicate code in validation_errors.def";
  std::set<std::string> tested;
  std::set<std::string> names;
  for (const Case& c : cases()) {
    tested.insert(c.code);
    EXPECT_TRUE(names.insert(c.name).second) << "duplicate case name " << c.name;
  }
  for (const std::string& code : defined)
    EXPECT_TRUE(tested.count(code)) << "no test case for error code " << code;
  for (const std::string& code : tested)
    EXPECT_TRUE(defined.count(code)) << "test case for unknown error code " << code;
  EXPECT_EQ(size_t(ValidationErrorKind::EntryPointType) + 1, codes.size());
}

// ---- every instruction in a valid context --------------------------------------------------

// Immediates that make `o` valid in the module built by allInstructionsModule.
Instr withValidImmediates(Opcode o) {
  const OpcodeInfo& oi = info(o);
  Instr in = op(o);
  switch (oi.imm) {
    case Imm::MemArg: in.align = uint32_t(std::countr_zero(unsigned(oi.accessBytes))); break;
    case Imm::Align: in.align = 4; break;
    default: break;  // Segment 0 and Func 0 exist; constants are 0
  }
  return in;
}

// Pushes operands for a simple instruction, then the instruction, then drops its result.
void appendSimple(std::vector<Instr>& body, Opcode o) {
  const OpcodeInfo& oi = info(o);
  for (OptValType p : oi.params)
    if (p != OptValType::None) body.push_back(produce(toValType(p)));
  body.push_back(withValidImmediates(o));
  if (oi.result != OptValType::None) body.push_back(op(Opcode::Drop));
}

Module allInstructionsModule() {
  Module m;
  DataSegment seg;
  seg.size = 64;
  seg.alignLog2 = 4;
  m.segments.push_back(seg);
  for (ValType t : kAllTypes) {
    Global g;
    g.type = t;
    g.mut = true;
    g.init = produce(t);
    m.globals.push_back(g);
  }
  const FuncType helperT = sig({i32, H}, {i64, H});
  std::vector<Instr> b;
  for (uint16_t i = 0; i < kOpcodeCount; ++i) {
    Opcode o = Opcode(i);
    if (info(o).flags == OpFlags::Ok && info(o).sig == OpSig::Simple) appendSimple(b, o);
  }
  const uint32_t helper = 1;  // function 1, added below
  const uint32_t multi = addType(m, sig({i32, H}, {H, i32}));
  const uint32_t loopT = addType(m, sig({i32}, {}));
  auto more = std::vector<Instr>{
      blk(Opcode::Block), op(Opcode::Nop), end(),
      // loop with a parameter: br_if 0 passes it back to the loop's start
      i32c(3), blkt(Opcode::Loop, loopT), i32c(0), op(Opcode::BrIf, 0), op(Opcode::Drop), end(),
      blkv(Opcode::Block, i32), i32c(1), i32c(0), op(Opcode::BrIf, 0), end(), op(Opcode::Drop),
      i32c(1), blk(Opcode::If), op(Opcode::Nop), op(Opcode::Else), op(Opcode::Nop), end(),
      i32c(1), blkv(Opcode::If, H), op(Opcode::HandleNull), op(Opcode::Else),
      op(Opcode::HandleNull), end(), op(Opcode::Drop),
      blk(Opcode::Block), i32c(0), brTable({0, 0}, 0), end(),
      blk(Opcode::Block), op(Opcode::Br, 0), end(),
      // multi-value block: [i32 handle] -> [handle i32]
      i32c(5), op(Opcode::HandleNull), blkt(Opcode::Block, multi), op(Opcode::LocalSet, 1),
      op(Opcode::LocalSet, 0), op(Opcode::LocalGet, 1), op(Opcode::LocalGet, 0), end(),
      op(Opcode::Drop), op(Opcode::Drop),
      i32c(5), op(Opcode::HandleNull), op(Opcode::Call, helper), op(Opcode::Drop),
      op(Opcode::Drop),
      i32c(5), op(Opcode::HandleNull), op(Opcode::FuncHandle, helper),
      op(Opcode::CallHandle, addType(m, helperT)), op(Opcode::Drop), op(Opcode::Drop),
      op(Opcode::HandleNull), op(Opcode::HandleNull), i32c(1), op(Opcode::Select),
      op(Opcode::Drop),
      op(Opcode::LocalGet, 0), op(Opcode::LocalTee, 0), op(Opcode::LocalSet, 0),
      op(Opcode::LocalGet, 1), op(Opcode::LocalSet, 1),
      op(Opcode::GlobalGet, 4), op(Opcode::GlobalSet, 4),
      op(Opcode::GlobalGet, 1), op(Opcode::GlobalSet, 1),
      blk(Opcode::Block), op(Opcode::HandleNull), i32c(1), op(Opcode::JmpLong), end(),
      blk(Opcode::Block), op(Opcode::Unreachable), end(),
      blk(Opcode::Block), op(Opcode::Return), end(),
      end()};
  b.insert(b.end(), more.begin(), more.end());
  addFunc(m, sig({}, {}), b, {i32, H});
  addFunc(m, helperT, {i64c(1), op(Opcode::LocalGet, 1), end()});
  m.exports.push_back(Export{"_start", 0});
  m.exports.push_back(Export{"helper", helper});
  m.start = 0;
  return m;
}

TEST(ValidModule, EveryValidInstructionInContext) {
  Module m = allInstructionsModule();
  EXPECT_VALID(m);
  // Every instruction the table marks Ok occurs (so a new instruction must be typed here too).
  std::set<Opcode> seen;
  for (const Function& f : m.functions)
    for (const Instr& in : f.body) seen.insert(in.op);
  seen.insert(m.globals[0].init.op);
  for (uint16_t i = 0; i < kOpcodeCount; ++i)
    if (info(Opcode(i)).flags == OpFlags::Ok)
      EXPECT_TRUE(seen.count(Opcode(i))) << name(Opcode(i)) << " not exercised";
}

TEST(ValidModule, EmptyModule) { EXPECT_VALID(Module{}); }

TEST(ValidModule, HandleGlobalsAndRelocs) {
  Module m = withSegment(64, {segReloc(0, 1), segReloc(16, 0), segReloc(48, 1)});
  m.segments[0].readOnly = true;  // a read-only segment may hold relocs
  m.segments[0].init = {1, 2, 3};
  Reloc fr;
  fr.kind = Reloc::Kind::Function;
  fr.offset = 32;
  fr.index = 0;
  m.segments[0].relocs.insert(m.segments[0].relocs.begin() + 2, fr);
  m.segments.push_back(withSegment(16).segments[0]);
  m.segments[1].alignLog2 = 16;
  addFunc(m, {}, {end()});
  for (Instr init : {op(Opcode::HandleNull), op(Opcode::GlobalSegment, 1),
                     op(Opcode::FuncHandle, 0)}) {
    Global g;
    g.type = H;
    g.init = init;
    m.globals.push_back(g);
  }
  EXPECT_VALID(m);
}

TEST(ValidModule, EntryPointMayReturnI32) {
  Module m = fn({i32c(0), end()}, sig({}, {i32}));
  m.exports.push_back(Export{"_start", 0});
  EXPECT_VALID(m);
}

// ---- simple instructions, table-driven -----------------------------------------------------

ValType otherType(ValType t) { return t == H ? i32 : H; }

// For every simple instruction and every operand, an operand of another type is rejected.
TEST(SimpleInstructions, EveryOperandTypeChecked) {
  int checked = 0;
  for (uint16_t i = 0; i < kOpcodeCount; ++i) {
    Opcode o = Opcode(i);
    const OpcodeInfo& oi = info(o);
    if (oi.flags != OpFlags::Ok || oi.sig != OpSig::Simple) continue;
    for (int bad = 0; bad < 3; ++bad) {
      if (oi.params[bad] == OptValType::None) continue;
      std::vector<Instr> body;
      for (int p = 0; p < 3; ++p) {
        if (oi.params[p] == OptValType::None) continue;
        ValType t = toValType(oi.params[p]);
        body.push_back(produce(p == bad ? otherType(t) : t));
      }
      uint32_t at = uint32_t(body.size());
      body.push_back(withValidImmediates(o));
      body.push_back(end());
      Module m = fn(body);
      m.segments.push_back(withSegment(16).segments[0]);
      SCOPED_TRACE(std::string(name(o)) + " operand " + std::to_string(bad));
      expectInstrError(m, "type-mismatch", 0, at);
      ++checked;
    }
  }
  EXPECT_GT(checked, 150);
}

// For every simple instruction, a missing operand is a stack underflow.
TEST(SimpleInstructions, EveryOperandRequired) {
  for (uint16_t i = 0; i < kOpcodeCount; ++i) {
    Opcode o = Opcode(i);
    const OpcodeInfo& oi = info(o);
    if (oi.flags != OpFlags::Ok || oi.sig != OpSig::Simple || oi.params[0] == OptValType::None)
      continue;
    Module m = fn({withValidImmediates(o), end()});
    m.segments.push_back(withSegment(16).segments[0]);
    SCOPED_TRACE(std::string(name(o)));
    expectInstrError(m, "stack-underflow", 0, 0);
  }
}

// For every simple instruction with a result, using it as another type is rejected.
TEST(SimpleInstructions, EveryResultTypeChecked) {
  for (uint16_t i = 0; i < kOpcodeCount; ++i) {
    Opcode o = Opcode(i);
    const OpcodeInfo& oi = info(o);
    if (oi.flags != OpFlags::Ok || oi.sig != OpSig::Simple || oi.result == OptValType::None)
      continue;
    std::vector<Instr> body;
    appendSimple(body, o);
    body.pop_back();  // the drop
    ValType r = toValType(oi.result);
    uint32_t at = uint32_t(body.size());
    body.push_back(end());
    Module m = fn(body, sig({}, {otherType(r)}));
    m.segments.push_back(withSegment(16).segments[0]);
    SCOPED_TRACE(std::string(name(o)));
    expectInstrError(m, "type-mismatch", 0, at);
    // ...and with the right result type the same body is valid.
    Module ok = fn(body, sig({}, {r}));
    ok.segments.push_back(withSegment(16).segments[0]);
    EXPECT_VALID(ok);
  }
}

TEST(SimpleInstructions, NoIntegerBecomesAHandleExceptFromInt) {
  // Every instruction that produces a handle from no handle operand is one of these.
  std::set<Opcode> makers;
  for (uint16_t i = 0; i < kOpcodeCount; ++i) {
    const OpcodeInfo& oi = info(Opcode(i));
    if (oi.flags != OpFlags::Ok || oi.sig != OpSig::Simple || oi.result != OptValType::Handle)
      continue;
    bool takesHandle = false;
    for (OptValType p : oi.params) takesHandle |= p == OptValType::Handle;
    if (!takesHandle) makers.insert(Opcode(i));
  }
  std::set<Opcode> expected = {Opcode::Segalloc, Opcode::StackAlloc, Opcode::GlobalSegment,
                               Opcode::HandleNull, Opcode::HandleFromInt, Opcode::FuncHandle};
  EXPECT_EQ(makers, expected);
  // An i32 local cannot be used as a handle, and handle.from_int is valid.
  expectInstrError(fn({op(Opcode::LocalGet, 0), op(Opcode::Segfree), end()}, sig({i32}, {})),
                   "type-mismatch", 0, 1);
  EXPECT_VALID(fn({op(Opcode::LocalGet, 0), op(Opcode::HandleFromInt), op(Opcode::Segfree),
                   end()},
                  sig({i32}, {})));
}

// ---- control flow --------------------------------------------------------------------------

TEST(Control, PolymorphicAfterUnreachable) {
  EXPECT_VALID(fn({op(Opcode::Unreachable), op(Opcode::I32Add), op(Opcode::Drop), end()}));
  EXPECT_VALID(fn({op(Opcode::Unreachable), end()}, sig({}, {H, i64})));
  EXPECT_VALID(fn({op(Opcode::Unreachable), op(Opcode::Select), op(Opcode::HandleIsNull),
                   end()},
                  sig({}, {i32})));
  // Unknown operands still must not clash with known ones.
  expectInstrError(fn({op(Opcode::Unreachable), i64c(0), op(Opcode::I32Add), op(Opcode::Drop),
                       end()}),
                   "type-mismatch", 0, 2);
  // Values pushed after unreachable must still match the results.
  expectInstrError(fn({op(Opcode::Unreachable), op(Opcode::HandleNull), end()}, sig({}, {i32})),
                   "type-mismatch", 0, 2);
  expectInstrError(fn({op(Opcode::Unreachable), i32c(0), i32c(0), end()}, sig({}, {i32})),
                   "extra-values", 0, 3);
}

TEST(Control, PolymorphicAfterBrReturnBrTableJmpLong) {
  EXPECT_VALID(fn({blkv(Opcode::Block, H), op(Opcode::HandleNull), op(Opcode::Br, 0),
                   op(Opcode::F32Add), op(Opcode::Drop), end(), op(Opcode::Drop), end()}));
  // ...but what is pushed after it still counts.
  expectInstrError(fn({blkv(Opcode::Block, H), op(Opcode::HandleNull), op(Opcode::Br, 0),
                       op(Opcode::F32Add), end(), op(Opcode::Drop), end()}),
                   "type-mismatch", 0, 4);
  EXPECT_VALID(fn({i32c(1), op(Opcode::Return), i64c(2), op(Opcode::I64Add),
                   op(Opcode::I32WrapI64), end()},
                  sig({}, {i32})));
  EXPECT_VALID(fn({blk(Opcode::Block), i32c(0), brTable({0}, 1), op(Opcode::Drop), end(),
                   end()}));
  EXPECT_VALID(fn({op(Opcode::HandleNull), i32c(1), op(Opcode::JmpLong), op(Opcode::I32Add),
                   end()},
                  sig({}, {i32})));
  // jmp.long takes [handle i32] with the i32 on top.
  expectInstrError(fn({i32c(1), op(Opcode::HandleNull), op(Opcode::JmpLong), end()}),
                   "type-mismatch", 0, 2);
  // The polymorphic stack ends with its block.
  expectInstrError(fn({blk(Opcode::Block), op(Opcode::Unreachable), end(), op(Opcode::Drop),
                       end()}),
                   "stack-underflow", 0, 3);
}

TEST(Control, MultiValueBlocks) {
  Module m;
  uint32_t swap = addType(m, sig({i32, i64}, {i64, i32}));
  uint32_t two = addType(m, sig({}, {H, i32}));
  addFunc(m, sig({}, {i64, i32}),
          {i32c(1), i64c(2), blkt(Opcode::Block, swap), op(Opcode::LocalSet, 0),
           op(Opcode::LocalSet, 1), op(Opcode::LocalGet, 0), op(Opcode::LocalGet, 1), end(),
           blkt(Opcode::Block, two), op(Opcode::HandleNull), i32c(3), end(), op(Opcode::Drop),
           op(Opcode::Drop), end()},
          {i64, i32});
  EXPECT_VALID(m);
  // A block's params are not visible outside, and the block only sees its params.
  Module bad = m;
  bad.functions[0].body = {i64c(1), blkt(Opcode::Block, swap), op(Opcode::Unreachable), end(),
                           end()};
  expectInstrError(bad, "stack-underflow", 0, 1);
  Module wrong = m;
  wrong.functions[0].body = {i64c(1), i32c(2), blkt(Opcode::Block, swap),
                             op(Opcode::Unreachable), end(), end()};
  expectInstrError(wrong, "type-mismatch", 0, 2);
  // br to a multi-value block carries its results; br to a loop carries its params.
  Module br = m;
  br.functions[0].body = {blkt(Opcode::Block, two), op(Opcode::HandleNull), i32c(0),
                          op(Opcode::Br, 0), end(), op(Opcode::Drop), op(Opcode::Drop),
                          i32c(0), i64c(0), blkt(Opcode::Loop, swap), op(Opcode::Br, 0), end(),
                          end()};
  EXPECT_VALID(br);
  // A loop body that drops its params cannot produce its results.
  br.functions[0].body[10] = op(Opcode::Drop);
  br.functions[0].body.insert(br.functions[0].body.begin() + 10, op(Opcode::Drop));
  expectInstrError(br, "stack-underflow", 0, 12);
}

TEST(Control, IfWithoutElseWithEqualParamsAndResults) {
  Module m;
  uint32_t id = addType(m, sig({i32}, {i32}));
  addFunc(m, sig({}, {i32}),
          {i32c(7), i32c(1), blkt(Opcode::If, id), i32c(1), op(Opcode::I32Add), end(), end()});
  EXPECT_VALID(m);
  // then-branch results are checked before else.
  expectInstrError(fn({i32c(1), blkv(Opcode::If, i32), op(Opcode::Else), i32c(0), end(),
                       op(Opcode::Drop), end()}),
                   "stack-underflow", 0, 2);
}

TEST(Control, BrTableTypes) {
  // Same arity, different types: each target's types are checked (Wasm 2.0).
  expectInstrError(fn({blkv(Opcode::Block, i32), blkv(Opcode::Block, H), i32c(7), i32c(0),
                       brTable({0}, 1), end(), op(Opcode::Drop), i32c(0), end(),
                       op(Opcode::Drop), end()}),
                   "type-mismatch", 0, 4);
  // Many targets to the same labels, and to the function's label.
  std::vector<uint32_t> targets(1000, 0);
  targets.push_back(1);
  EXPECT_VALID(fn({blkv(Opcode::Block, i32), i32c(7), i32c(0), brTable(targets, 1), end(),
                   end()},
                  sig({}, {i32})));
  // A target whose types come from a function type (here the function's own results) is
  // checked even when the default matches.
  expectInstrError(fn({blkv(Opcode::Block, f32), op(Opcode::F32Const), i32c(0), brTable({1}, 0),
                       end(), op(Opcode::Drop), i32c(0), end()},
                      sig({}, {i32})),
                   "type-mismatch", 0, 3);
  // Each br_table checks its targets afresh (the de-duplication is per instruction).
  {
    Module m;
    uint32_t two = addType(m, sig({}, {H, i32}));
    uint32_t rev = addType(m, sig({}, {i32, H}));
    addFunc(m, {},
            {blkt(Opcode::Block, two), op(Opcode::HandleNull), i32c(1), i32c(0),
             brTable({0, 0}, 0), end(), op(Opcode::Drop), op(Opcode::Drop),
             blkt(Opcode::Block, two), blkt(Opcode::Block, rev), i32c(1),
             op(Opcode::HandleNull), i32c(0), brTable({1}, 0), end(), op(Opcode::Drop),
             op(Opcode::Drop), op(Opcode::Unreachable), end(), op(Opcode::Drop),
             op(Opcode::Drop), end()});
    expectInstrError(m, "type-mismatch", 0, 13);
  }
  // Polymorphic operands satisfy any target, but the index must be i32.
  EXPECT_VALID(fn({blkv(Opcode::Block, i64), op(Opcode::Unreachable), brTable({0, 1}, 0),
                   end(), end()},
                  sig({}, {i64})));
  expectInstrError(fn({blk(Opcode::Block), op(Opcode::Unreachable), i64c(0), brTable({0}, 0),
                       end(), end()}),
                   "type-mismatch", 0, 3);
}

TEST(Control, BrIfKeepsValues) {
  EXPECT_VALID(fn({blkv(Opcode::Block, H), op(Opcode::HandleNull), i32c(0), op(Opcode::BrIf, 0),
                   end(), op(Opcode::Drop), end()}));
  expectInstrError(fn({blkv(Opcode::Block, H), i32c(1), i32c(0), op(Opcode::BrIf, 0), end(),
                       op(Opcode::Drop), end()}),
                   "type-mismatch", 0, 3);
}

TEST(Control, CallAndCallHandleOperandOrder) {
  Module m;
  m.types.push_back(sig({i32, H}, {f64}));
  m.imports.push_back(Import{"mswasm", "x", 0});
  // call.handle: the arguments, then the callee handle on top.
  addFunc(m, {}, {i32c(1), op(Opcode::HandleNull), op(Opcode::FuncHandle, 0),
                  op(Opcode::CallHandle, 0), op(Opcode::Drop), i32c(1), op(Opcode::HandleNull),
                  op(Opcode::Call, 0), op(Opcode::Drop), end()});
  EXPECT_VALID(m);
  Module bad = m;
  bad.functions[0].body = {op(Opcode::FuncHandle, 0), i32c(1), op(Opcode::HandleNull),
                           op(Opcode::CallHandle, 0), op(Opcode::Drop), end()};
  // The top (handle.null) is taken as the callee; the last argument (a handle) finds the i32.
  expectInstrError(bad, "type-mismatch", 1, 3);
}

TEST(Control, DeepNestingDoesNotRecurse) {
  std::vector<Instr> body(200000, blk(Opcode::Block));
  body.resize(400000, end());
  body.push_back(end());
  expectInstrError(fn(body), "nesting-too-deep", 0, 10000);
  // Exactly at the limit is valid.
  std::vector<Instr> ok(10000, blk(Opcode::Loop));
  ok.resize(20000, end());
  ok.push_back(end());
  EXPECT_VALID(fn(ok));
}

TEST(Control, LocalLimitIncludesParams) {
  EXPECT_VALID(fn({end()}, sig({i32, H}, {}), std::vector<ValType>(49998, f64)));
  auto errs = validate(fn({end()}, sig({i32, H}, {}), std::vector<ValType>(49999, f64)));
  ASSERT_EQ(errs.size(), 1u) << dump(errs);
  EXPECT_EQ(errs[0].code, "too-many-locals");
}

TEST(Control, GlobalSetTypeAndLocalTypes) {
  Module m = withGlobal(H, op(Opcode::HandleNull), /*mut=*/true);
  addFunc(m, {}, {i32c(0), op(Opcode::GlobalSet, 0), end()});
  expectInstrError(m, "type-mismatch", 0, 1);
  expectInstrError(fn({op(Opcode::LocalGet, 0), op(Opcode::LocalSet, 1), end()},
                      sig({H}, {}), {i32}),
                   "type-mismatch", 0, 1);
  expectInstrError(fn({i64c(0), op(Opcode::LocalTee, 0), op(Opcode::Drop), end()},
                      sig({}, {}), {f64}),
                   "type-mismatch", 0, 1);
}

// ---- error collection ----------------------------------------------------------------------

TEST(Collection, AllFunctionsAndSectionsReported) {
  Module m = withSegment(8, {segReloc(0)});  // reloc out of bounds
  m.types.push_back(sig({}, {}));
  m.imports.push_back(Import{"mswasm", "exit", 0});
  addFunc(m, {}, {i32c(0), end()});                                           // func 1
  addFunc(m, {}, {end()});                                                    // func 2: fine
  addFunc(m, {}, {mem(Opcode::I32Load, 2), i64c(0), op(Opcode::I32Add), end()});  // func 3
  m.forbidden.push_back(ForbiddenSection{section::Data, 77});
  m.exports = {Export{"x", 2}, Export{"x", 3}};
  auto errs = validate(m);
  ASSERT_EQ(errs.size(), 5u) << dump(errs);
  std::multiset<std::string> codes;
  for (const Error& e : errs) codes.insert(e.code);
  EXPECT_EQ(codes, (std::multiset<std::string>{"reloc-out-of-bounds", "forbidden-section",
                                               "duplicate-export", "extra-values",
                                               "memory-instruction"}));
  // Body errors use the function index space (the import is function 0), one per function.
  for (const Error& e : errs) {
    if (e.code == "extra-values") {
      EXPECT_EQ(e.func, 1u);
      EXPECT_EQ(e.instr, 1u);
      EXPECT_NE(e.str().find("func 1 instr 1: "), std::string::npos) << e.str();
    }
    if (e.code == "memory-instruction") {
      EXPECT_EQ(e.func, 3u);
      EXPECT_EQ(e.instr, 0u);
    }
    if (e.where == Error::Where::None) EXPECT_EQ(e.str().find("func "), std::string::npos);
  }
}

TEST(Collection, InvalidCalleeTypeReportedOnce) {
  Module m = fn({end()});
  m.functions[0].type = 9;
  addFunc(m, {}, {op(Opcode::Call, 0), end()});
  auto errs = validate(m);
  ASSERT_EQ(errs.size(), 1u) << dump(errs);
  EXPECT_EQ(errs[0].code, "type-index");
}

TEST(Collection, SeveralBadRelocsInOneSegment) {
  auto errs = validate(withSegment(48, {segReloc(8), segReloc(32), segReloc(16), segReloc(48)}));
  ASSERT_EQ(errs.size(), 3u) << dump(errs);
  EXPECT_EQ(errs[0].code, "reloc-misaligned");
  EXPECT_EQ(errs[1].code, "reloc-unsorted");
  EXPECT_EQ(errs[2].code, "reloc-out-of-bounds");
  EXPECT_NE(errs[2].message.find("segment 0 reloc 3"), std::string::npos) << errs[2].message;
}

}  // namespace
}  // namespace mswasm
