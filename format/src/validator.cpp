// The MSWasm validator: the static rules of docs/validation.md.
//
// Module-level rules (types, imports, function declarations, forbidden sections, globals,
// segments and their relocations, exports, start) are checked section by section; every
// violation is reported (Error::Where::None, the location spelled out in the message).
//
// Function bodies are type-checked with WebAssembly's validation algorithm (spec appendix
// "Validation algorithm"): an operand stack of value types and an explicit control stack of
// open blocks, each recording its label types, the operand-stack height at entry and whether
// the rest of the block is unreachable (after which popping below that height yields "unknown",
// which matches any type: the polymorphic stack). `handle` is one more value type: no
// instruction turns a number into a handle except handle.from_int (whose result has no
// authority). Simple instructions are typed from the opcode table (opcodes.def); the others
// by hand. A function stops at its first error (Where::Instr: function index, instruction index).
//
// Cost is linear in the module's size: no recursion (nesting is the explicit control stack),
// each value pushed is popped at most once, and br_table checks each distinct label type
// sequence once per instruction. Function types are limited to 1000 params and 1000 results
// so that the per-instruction work of calls and multi-value blocks is bounded.
#include <algorithm>
#include <bit>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "mswasm/validate.h"

namespace mswasm {
namespace {

using K = ValidationErrorKind;

constexpr std::string_view kCodes[] = {
#define MSW_VERROR(Name, code, summary) code,
#include "mswasm/validation_errors.def"
#undef MSW_VERROR
};

constexpr uint32_t kMaxLocals = 50000;      // params + declared locals
constexpr uint32_t kMaxNesting = 10000;     // open block/loop/if, the function's own excluded
constexpr uint32_t kMaxTypeValues = 1000;   // params, and results, of one function type
constexpr uint32_t kMaxAlignLog2 = 16;      // segments and stack.alloc: at most 64 KiB

Error moduleError(K k, std::string msg) {
  Error e;
  e.code = std::string(kCodes[static_cast<size_t>(k)]);
  e.message = std::move(msg);
  return e;
}

Error instrError(K k, uint32_t func, uint32_t instr, std::string msg) {
  Error e = moduleError(k, std::move(msg));
  e.where = Error::Where::Instr;
  e.func = func;
  e.instr = instr;
  return e;
}

bool validValType(ValType t) { return isValTypeCode(static_cast<uint8_t>(t)); }

std::string typeName(ValType t) {
  if (validValType(t)) return std::string(valTypeName(t));
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%02x", unsigned(static_cast<uint8_t>(t)));
  return buf;
}

std::string typeList(const ValType* v, size_t n) {
  std::string s = "[";
  for (size_t i = 0; i < n; ++i) {
    if (i) s += ' ';
    s += typeName(v[i]);
  }
  return s + "]";
}

std::string sigString(const FuncType& t) {
  return typeList(t.params.data(), t.params.size()) + " -> " +
         typeList(t.results.data(), t.results.size());
}

// "an i32", "a handle".
std::string withArticle(ValType t) {
  return (t == ValType::Handle ? "a " : "an ") + typeName(t);
}

std::string u32(uint64_t v) { return std::to_string(v); }

// "<what>: <noun> <index> out of range (<count> <things>)".
std::string outOfRange(std::string_view what, std::string_view noun, uint64_t index,
                       uint64_t count, std::string_view things) {
  return std::string(what) + ": " + std::string(noun) + " " + u32(index) + " out of range (" +
         u32(count) + " " + std::string(things) + ")";
}

// A sequence of value types a label or block carries: a view into a FuncType, or one inline
// value. `key` identifies the sequence for br_table's de-duplication (-1 = inline, checked
// every time; it has at most one value).
struct TypeSeq {
  const ValType* ptr = nullptr;
  uint32_t size = 0;
  int64_t key = -1;
  ValType single = ValType::I32;
  const ValType* data() const { return ptr ? ptr : &single; }
  ValType operator[](uint32_t i) const { return data()[i]; }
  bool sameTypes(const TypeSeq& o) const {
    if (size != o.size) return false;
    for (uint32_t i = 0; i < size; ++i)
      if ((*this)[i] != o[i]) return false;
    return true;
  }
  std::string str() const { return typeList(data(), size); }
};

TypeSeq seqOf(const std::vector<ValType>& v, int64_t key) {
  TypeSeq s;
  s.ptr = v.data();
  s.size = static_cast<uint32_t>(v.size());
  s.key = key;
  return s;
}

// One open block on the control stack.
struct Ctrl {
  Opcode op = Opcode::Block;  // Block, Loop, If, Else (an if after its else), or Call (function)
  TypeSeq params, results;
  uint32_t height = 0;        // operand-stack height at entry (params excluded)
  bool unreachable = false;
  uint32_t start = 0;         // instruction index of the opening instruction
  const TypeSeq& labelTypes() const { return op == Opcode::Loop ? params : results; }
};

// Operand-stack entries: a value type, or Unknown (from the polymorphic stack).
using Val = OptValType;
constexpr Val kUnknown = OptValType::None;

std::string valName(Val v) { return v == kUnknown ? "unknown" : typeName(toValType(v)); }

const char* blockName(Opcode op) {
  switch (op) {
    case Opcode::Loop: return "loop";
    case Opcode::If: return "if";
    case Opcode::Else: return "else";
    case Opcode::Call: return "function";
    default: return "block";
  }
}

// What to write instead of a Wasm instruction MSWasm forbids.
std::string forbiddenMessage(const OpcodeInfo& oi) {
  std::string name(oi.text);
  if (oi.flags == OpFlags::NoTable)
    return name + " is not allowed in MSWasm: there are no tables; use call.handle with a code "
                  "handle";
  std::string use;
  if (name == "memory.size" || name == "memory.grow") {
    use = "allocate segments with segalloc";
  } else if (name == "memory.copy") {
    use = "use segment.copy with handles";
  } else if (name == "memory.fill") {
    use = "use segment.fill with a handle";
  } else if (name == "memory.init" || name == "data.drop") {
    use = "initialised data lives in global segments: use global.segment";
  } else {
    std::string repl = name;
    for (std::string_view word : {std::string_view("load"), std::string_view("store")}) {
      size_t at = repl.find(word);
      if (at != std::string::npos) {
        repl.insert(at, "seg");
        break;
      }
    }
    if (repl != name && opcodeFromText(repl)) use = "use " + repl + " with a handle";
  }
  std::string msg = name + " is not allowed in MSWasm: there is no linear memory";
  if (!use.empty()) msg += "; " + use;
  return msg;
}

// Type-checks one function body. Records at most one error.
class BodyValidator {
 public:
  BodyValidator(const Module& m, const std::vector<bool>& typeOk, std::vector<Error>& errors,
                std::vector<uint32_t>& stamps, uint32_t& epoch)
      : m_(m), typeOk_(typeOk), errors_(errors), stamps_(stamps), epoch_(epoch) {}

  void run(uint32_t funcIndex, const Function& f) {
    func_ = funcIndex;
    failed_ = false;
    vals_.clear();
    ctrls_.clear();
    const FuncType& ft = m_.types[f.type];
    locals_.assign(ft.params.begin(), ft.params.end());
    locals_.insert(locals_.end(), f.locals.begin(), f.locals.end());

    Ctrl fn;
    fn.op = Opcode::Call;
    fn.results = seqOf(ft.results, int64_t(f.type) * 2 + 1);
    ctrls_.push_back(fn);

    const std::vector<Instr>& body = f.body;
    for (pc_ = 0; pc_ < body.size() && !failed_; ++pc_) {
      if (ctrls_.empty()) {
        fail(K::CodeAfterEnd, "instruction after the function's final end (the body has " +
                                  u32(body.size()) + " instructions, its final end is at " +
                                  u32(pc_ - 1) + ")");
        break;
      }
      step(body[pc_]);
    }
    if (!failed_ && !ctrls_.empty()) {
      pc_ = static_cast<uint32_t>(body.size());
      fail(K::MissingEnd, "the body ends without the function's final end (" +
                              u32(ctrls_.size()) + " block(s) still open)");
    }
  }

 private:
  void fail(K k, std::string msg) {
    errors_.push_back(instrError(k, func_, pc_, std::move(msg)));
    failed_ = true;
  }

  // Uses of a type whose declaration is already reported stop the body without a second
  // error: its params and results cannot be trusted.
  bool usableType(uint32_t t) {
    if (typeOk_[t]) return true;
    failed_ = true;
    return false;
  }

  // ---- operand stack -------------------------------------------------------------------------

  void push(Val v) { vals_.push_back(v); }
  void push(ValType t) { vals_.push_back(static_cast<Val>(t)); }
  void pushSeq(const TypeSeq& s) {
    for (uint32_t i = 0; i < s.size; ++i) push(s[i]);
  }

  // Pops one operand (of type `expected`, or any) for `what`; false (error recorded) on
  // underflow. Messages are built only on errors: this is the hot path.
  bool pop(Val& out, std::string_view what, Val expected = kUnknown) {
    const Ctrl& c = ctrls_.back();
    if (vals_.size() == c.height) {
      if (c.unreachable) {
        out = kUnknown;
        return true;
      }
      fail(K::StackUnderflow,
           std::string(what) + ": expected " +
               (expected == kUnknown ? std::string("an") : withArticle(toValType(expected))) +
               " operand, but the " + blockName(c.op) + "'s stack is empty");
      return false;
    }
    out = vals_.back();
    vals_.pop_back();
    return true;
  }

  bool popExpect(ValType t, std::string_view what) {
    Val v;
    if (!pop(v, what, static_cast<Val>(t))) return false;
    if (v != kUnknown && v != static_cast<Val>(t)) {
      fail(K::TypeMismatch, std::string(what) + ": expected " + typeName(t) +
                                " operand, found " + valName(v));
      return false;
    }
    return true;
  }

  bool popSeq(const TypeSeq& s, std::string_view what) {
    for (uint32_t i = s.size; i-- > 0;)
      if (!popExpect(s[i], what)) return false;
    return true;
  }

  // Checks, without popping, that the top of the stack matches `s` (br_table's target number
  // `target`).
  bool checkTop(const TypeSeq& s, size_t target) {
    auto what = [&] { return "br_table target " + u32(target); };
    const Ctrl& c = ctrls_.back();
    size_t avail = vals_.size() - c.height;
    for (uint32_t i = 0; i < s.size; ++i) {
      ValType want = s[s.size - 1 - i];
      if (i >= avail) {
        if (c.unreachable) return true;  // the rest is unknown: matches anything
        fail(K::StackUnderflow, what() + ": expected " + withArticle(want) +
                                    " operand, but the " + blockName(c.op) + "'s stack is empty");
        return false;
      }
      Val v = vals_[vals_.size() - 1 - i];
      if (v != kUnknown && v != static_cast<Val>(want)) {
        fail(K::TypeMismatch, what() + ": expected " + typeName(want) + " operand, found " +
                                  valName(v));
        return false;
      }
    }
    return true;
  }

  void setUnreachable() {
    Ctrl& c = ctrls_.back();
    vals_.resize(c.height);
    c.unreachable = true;
  }

  // ---- control stack -------------------------------------------------------------------------

  // Resolves a block type into params/results; false (error recorded) when it is invalid.
  bool blockType(const Instr& in, Ctrl& c) {
    std::string what(name(in.op));  // blocks are rarer than other instructions
    switch (in.block.kind) {
      case BlockType::Kind::Empty: return true;
      case BlockType::Kind::Value:
        if (!validValType(in.block.value)) {
          fail(K::ValueType, what + ": block type " + typeName(in.block.value) +
                                 " is not a value type");
          return false;
        }
        c.results.size = 1;
        c.results.single = in.block.value;
        return true;
      case BlockType::Kind::TypeIndex: {
        uint32_t t = in.block.typeIndex;
        if (t >= m_.types.size()) {
          fail(K::TypeIndex, what + ": block type index " + u32(t) + " out of range (" +
                                 u32(m_.types.size()) + " types)");
          return false;
        }
        if (!usableType(t)) return false;
        c.params = seqOf(m_.types[t].params, int64_t(t) * 2);
        c.results = seqOf(m_.types[t].results, int64_t(t) * 2 + 1);
        return true;
      }
    }
    fail(K::BlockType, what + ": block type kind " +
                           u32(static_cast<uint8_t>(in.block.kind)) + " is invalid");
    return false;
  }

  // The control frame `depth` labels out, or nullptr (error recorded).
  const Ctrl* label(uint32_t depth, std::string_view what, int64_t target = -1) {
    if (depth >= ctrls_.size()) {
      std::string w(what);
      if (target >= 0) w += " " + u32(target);
      fail(K::LabelIndex, outOfRange(w, "label", depth, ctrls_.size(), "enclosing labels"));
      return nullptr;
    }
    return &ctrls_[ctrls_.size() - 1 - depth];
  }

  // Checks the block's results and that nothing else is left on its stack.
  bool closeCheck(const Ctrl& c, std::string_view what) {
    if (!popSeq(c.results, what)) return false;
    if (vals_.size() != c.height) {
      fail(K::ExtraValues, std::string(what) + ": " + u32(vals_.size() - c.height) +
                               " value(s) left on the stack beyond the " + blockName(c.op) +
                               "'s results " + c.results.str());
      return false;
    }
    return true;
  }

  void openBlock(const Instr& in) {
    std::string_view what = name(in.op);
    Ctrl c;
    c.op = in.op;
    c.start = pc_;
    if (!blockType(in, c)) return;
    if (ctrls_.size() - 1 >= kMaxNesting) {
      fail(K::NestingTooDeep,
           std::string(what) + ": blocks nested more than " + u32(kMaxNesting) + " deep");
      return;
    }
    if (in.op == Opcode::If && !popExpect(ValType::I32, "if condition")) return;
    if (!popSeq(c.params, in.op == Opcode::If     ? "if parameters"
                          : in.op == Opcode::Loop ? "loop parameters"
                                                  : "block parameters"))
      return;
    c.height = static_cast<uint32_t>(vals_.size());
    ctrls_.push_back(c);
    pushSeq(ctrls_.back().params);
  }

  void doElse() {
    Ctrl& c = ctrls_.back();
    if (c.op != Opcode::If) {
      if (c.op == Opcode::Else)
        fail(K::ElseWithoutIf, "second else of the if at instruction " + u32(c.start));
      else
        fail(K::ElseWithoutIf, std::string("else inside a ") + blockName(c.op) +
                                   ", not directly inside an if");
      return;
    }
    if (!closeCheck(c, "end of if's then-branch")) return;
    c.op = Opcode::Else;
    c.unreachable = false;
    pushSeq(c.params);
  }

  void doEnd() {
    const Ctrl& c = ctrls_.back();
    std::string_view what = c.op == Opcode::Call   ? "end of function"
                            : c.op == Opcode::Loop ? "end of loop"
                            : c.op == Opcode::If   ? "end of if"
                            : c.op == Opcode::Else ? "end of else"
                                                   : "end of block";
    if (!closeCheck(c, what)) return;
    if (c.op == Opcode::If && !c.params.sameTypes(c.results)) {
      fail(K::IfWithoutElse, "if without else (opened at instruction " + u32(c.start) +
                                 ") must have params equal to its results, has " +
                                 c.params.str() + " -> " + c.results.str());
      return;
    }
    Ctrl done = c;  // results may point at its inline value: copy before popping the frame
    ctrls_.pop_back();
    if (!ctrls_.empty()) pushSeq(done.results);
  }

  void doBrTable(const Instr& in) {
    if (!popExpect(ValType::I32, "br_table index")) return;
    const Ctrl* def = label(in.index, "br_table default");
    if (!def) return;
    const TypeSeq defTypes = def->labelTypes();
    // Each label type sequence stored in a FuncType is checked once per br_table.
    if (++epoch_ == 0) {
      std::fill(stamps_.begin(), stamps_.end(), 0);
      epoch_ = 1;
    }
    for (size_t i = 0; i < in.targets.size(); ++i) {
      const Ctrl* c = label(in.targets[i], "br_table target", int64_t(i));
      if (!c) return;
      const TypeSeq& lt = c->labelTypes();
      if (lt.size != defTypes.size) {
        fail(K::BrTableArity, "br_table target " + u32(i) + " (label " + u32(in.targets[i]) +
                                  ") has arity " + u32(lt.size) + " " + lt.str() +
                                  ", the default (label " + u32(in.index) + ") has " +
                                  u32(defTypes.size) + " " + defTypes.str());
        return;
      }
      if (lt.key >= 0) {
        if (stamps_[size_t(lt.key)] == epoch_) continue;
        stamps_[size_t(lt.key)] = epoch_;
      }
      if (!checkTop(lt, i)) return;
    }
    if (!popSeq(defTypes, "br_table default")) return;
    setUnreachable();
  }

  // ---- one instruction -----------------------------------------------------------------------

  void step(const Instr& in) {
    if (static_cast<uint16_t>(in.op) >= kOpcodeCount) {
      fail(K::UnknownOpcode, "opcode " + u32(static_cast<uint16_t>(in.op)) +
                                 " is not in the opcode table");
      return;
    }
    const OpcodeInfo& oi = info(in.op);
    if (oi.flags == OpFlags::NoMemory) return fail(K::MemoryInstruction, forbiddenMessage(oi));
    if (oi.flags == OpFlags::NoTable) return fail(K::TableInstruction, forbiddenMessage(oi));
    if (oi.sig == OpSig::Simple) return simple(in, oi);
    special(in, oi);
  }

  void simple(const Instr& in, const OpcodeInfo& oi) {
    std::string_view what = oi.text;
    switch (oi.imm) {
      case Imm::MemArg: {
        uint32_t natural = static_cast<uint32_t>(std::countr_zero(unsigned(oi.accessBytes)));
        if (in.align > natural)
          return fail(K::Alignment, std::string(what) + ": alignment 2^" + u32(in.align) +
                                        " is larger than the access size " +
                                        u32(oi.accessBytes) + " (at most 2^" + u32(natural) + ")");
        break;
      }
      case Imm::Align:
        if (in.align > kMaxAlignLog2)
          return fail(K::StackAllocAlignment, std::string(what) + ": alignment 2^" + u32(in.align) +
                                                  " is larger than 2^" + u32(kMaxAlignLog2));
        break;
      case Imm::Segment:
        if (in.index >= m_.segments.size())
          return fail(K::SegmentIndex,
                      outOfRange(what, "segment", in.index, m_.segments.size(), "segments"));
        break;
      case Imm::Func:
        if (in.index >= m_.numFunctions())
          return fail(K::FuncIndex,
                      outOfRange(what, "function", in.index, m_.numFunctions(), "functions"));
        break;
      default: break;
    }
    for (int i = 2; i >= 0; --i)
      if (oi.params[i] != OptValType::None && !popExpect(toValType(oi.params[i]), what)) return;
    if (oi.result != OptValType::None) push(oi.result);
  }

  void special(const Instr& in, const OpcodeInfo& oi) {
    std::string_view what = oi.text;
    switch (in.op) {
      case Opcode::Unreachable: return setUnreachable();
      case Opcode::Block:
      case Opcode::Loop:
      case Opcode::If: return openBlock(in);
      case Opcode::Else: return doElse();
      case Opcode::End: return doEnd();
      case Opcode::Br: {
        const Ctrl* c = label(in.index, what);
        if (!c || !popSeq(c->labelTypes(), what)) return;
        return setUnreachable();
      }
      case Opcode::BrIf: {
        if (!popExpect(ValType::I32, "br_if condition")) return;
        const Ctrl* c = label(in.index, what);
        if (!c) return;
        const TypeSeq lt = c->labelTypes();
        if (!popSeq(lt, what)) return;
        return pushSeq(lt);
      }
      case Opcode::BrTable: return doBrTable(in);
      case Opcode::Return:
        if (!popSeq(ctrls_.front().results, what)) return;
        return setUnreachable();
      case Opcode::Call: {
        uint32_t f = in.index;
        if (f >= m_.numFunctions())
          return fail(K::FuncIndex,
                      outOfRange(what, "function", f, m_.numFunctions(), "functions"));
        uint32_t t = f < m_.imports.size() ? m_.imports[f].type
                                           : m_.functions[f - m_.imports.size()].type;
        // An invalid callee type is reported with the callee's declaration.
        if (t >= m_.types.size()) {
          failed_ = true;
          return;
        }
        if (!usableType(t)) return;
        const FuncType& ft = m_.types[t];
        if (!popSeq(seqOf(ft.params, -1), what)) return;
        return pushSeq(seqOf(ft.results, -1));
      }
      case Opcode::CallHandle: {
        if (in.index >= m_.types.size())
          return fail(K::TypeIndex,
                      outOfRange(what, "type", in.index, m_.types.size(), "types"));
        if (!usableType(in.index)) return;
        const FuncType& ft = m_.types[in.index];
        if (!popExpect(ValType::Handle, "call.handle callee")) return;
        if (!popSeq(seqOf(ft.params, -1), what)) return;
        return pushSeq(seqOf(ft.results, -1));
      }
      case Opcode::Drop: {
        Val v;
        pop(v, what);
        return;
      }
      case Opcode::Select: {
        Val a, b;
        if (!popExpect(ValType::I32, "select condition")) return;
        if (!pop(a, what) || !pop(b, what)) return;
        if (a != kUnknown && b != kUnknown && a != b)
          return fail(K::TypeMismatch, "select: operands have different types " + valName(b) +
                                           " and " + valName(a));
        return push(a != kUnknown ? a : b);
      }
      case Opcode::LocalGet:
      case Opcode::LocalSet:
      case Opcode::LocalTee: {
        if (in.index >= locals_.size())
          return fail(K::LocalIndex,
                      outOfRange(what, "local", in.index, locals_.size(),
                                 "locals, params included"));
        ValType t = locals_[in.index];
        if (in.op != Opcode::LocalGet && !popExpect(t, what)) return;
        if (in.op != Opcode::LocalSet) push(t);
        return;
      }
      case Opcode::GlobalGet:
      case Opcode::GlobalSet: {
        if (in.index >= m_.globals.size())
          return fail(K::GlobalIndex,
                      outOfRange(what, "global", in.index, m_.globals.size(), "globals"));
        const Global& g = m_.globals[in.index];
        if (in.op == Opcode::GlobalGet) return push(g.type);
        if (!g.mut)
          return fail(K::ImmutableGlobal, "global.set: global " + u32(in.index) +
                                              " is immutable");
        popExpect(g.type, what);
        return;
      }
      case Opcode::JmpLong:
        if (!popExpect(ValType::I32, "jmp.long value") ||
            !popExpect(ValType::Handle, "jmp.long buffer"))
          return;
        return setUnreachable();
      default:
        return fail(K::UnknownOpcode, std::string(what) + " has no typing rule");
    }
  }

  const Module& m_;
  const std::vector<bool>& typeOk_;  // per type: usable (invalid ones are reported already)
  std::vector<Error>& errors_;
  std::vector<uint32_t>& stamps_;  // per type-sequence key: last br_table epoch that checked it
  uint32_t& epoch_;
  uint32_t func_ = 0;
  uint32_t pc_ = 0;
  bool failed_ = false;
  std::vector<Val> vals_;
  std::vector<Ctrl> ctrls_;
  std::vector<ValType> locals_;
};

// ---- module-level sections -------------------------------------------------------------------

const char* forbiddenSectionName(uint8_t id) {
  switch (id) {
    case section::Table: return "table";
    case section::Memory: return "memory";
    case section::Element: return "element";
    case section::Data: return "data";
    case section::DataCount: return "data count";
    default: return "unknown";
  }
}

// Checks the type section; returns, per type, whether bodies may use it (the others are
// reported here once, and a body that refers to one stops without a second error).
std::vector<bool> checkTypes(const Module& m, std::vector<Error>& errs) {
  std::vector<bool> ok(m.types.size(), true);
  for (size_t i = 0; i < m.types.size(); ++i) {
    const FuncType& t = m.types[i];
    std::string where = "type " + u32(i);
    if (t.params.size() > kMaxTypeValues || t.results.size() > kMaxTypeValues) {
      errs.push_back(moduleError(K::TypeTooLarge,
                                 where + ": " + u32(t.params.size()) + " params and " +
                                     u32(t.results.size()) + " results (at most " +
                                     u32(kMaxTypeValues) + " each)"));
      ok[i] = false;
      continue;
    }
    auto checkList = [&](const std::vector<ValType>& list, const char* what) {
      for (size_t j = 0; j < list.size(); ++j)
        if (!validValType(list[j])) {
          errs.push_back(moduleError(K::ValueType, where + ": " + what + " " + u32(j) +
                                                       " has invalid value type " +
                                                       typeName(list[j])));
          return false;
        }
      return true;
    };
    ok[i] = checkList(t.params, "param") && checkList(t.results, "result");
  }
  return ok;
}

bool checkTypeIndex(const Module& m, uint32_t t, const std::string& where,
                    std::vector<Error>& errs) {
  if (t < m.types.size()) return true;
  errs.push_back(moduleError(K::TypeIndex, where + ": type index " + u32(t) + " out of range (" +
                                               u32(m.types.size()) + " types)"));
  return false;
}

// Checks function declarations; returns, per defined function, whether its body can be checked.
std::vector<bool> checkFunctions(const Module& m, const std::vector<bool>& typeOk,
                                 std::vector<Error>& errs) {
  for (size_t i = 0; i < m.imports.size(); ++i) {
    const Import& im = m.imports[i];
    checkTypeIndex(m, im.type, "import " + u32(i) + " (" + im.module + "." + im.field + ")",
                   errs);
  }
  std::vector<bool> ok(m.functions.size(), false);
  for (size_t i = 0; i < m.functions.size(); ++i) {
    const Function& f = m.functions[i];
    std::string where = "function " + u32(m.imports.size() + i);
    if (!checkTypeIndex(m, f.type, where, errs) || !typeOk[f.type]) continue;
    uint64_t total = uint64_t(m.types[f.type].params.size()) + f.locals.size();
    if (total > kMaxLocals) {
      errs.push_back(moduleError(K::TooManyLocals, where + ": " + u32(total) +
                                                       " locals, params included (at most " +
                                                       u32(kMaxLocals) + ")"));
      continue;
    }
    bool good = true;
    for (size_t j = 0; j < f.locals.size() && good; ++j)
      if (!validValType(f.locals[j])) {
        errs.push_back(moduleError(K::ValueType, where + ": local " +
                                                     u32(m.types[f.type].params.size() + j) +
                                                     " has invalid value type " +
                                                     typeName(f.locals[j])));
        good = false;
      }
    ok[i] = good;
  }
  return ok;
}

void checkForbidden(const Module& m, std::vector<Error>& errs) {
  for (const ForbiddenSection& s : m.forbidden) {
    char off[64];
    std::snprintf(off, sizeof off, "byte offset %u (0x%x)", s.offset, s.offset);
    const char* why = (s.id == section::Table || s.id == section::Element)
                          ? "there are no tables; function pointers are code handles"
                          : "there is no linear memory; global data goes in segments (id 64)";
    errs.push_back(moduleError(K::ForbiddenSection,
                               std::string(forbiddenSectionName(s.id)) + " section (id " +
                                   u32(s.id) + ") at " + off + " is not allowed in MSWasm: " +
                                   why));
  }
}

void checkGlobals(const Module& m, std::vector<Error>& errs) {
  for (size_t i = 0; i < m.globals.size(); ++i) {
    const Global& g = m.globals[i];
    std::string where = "global " + u32(i);
    if (!validValType(g.type)) {
      errs.push_back(moduleError(K::ValueType,
                                 where + ": invalid value type " + typeName(g.type)));
      continue;
    }
    const Instr& in = g.init;
    if (static_cast<uint16_t>(in.op) >= kOpcodeCount) {
      errs.push_back(moduleError(K::UnknownOpcode, where + ": init opcode " +
                                                       u32(static_cast<uint16_t>(in.op)) +
                                                       " is not in the opcode table"));
      continue;
    }
    ValType produced;
    switch (in.op) {
      case Opcode::I32Const: produced = ValType::I32; break;
      case Opcode::I64Const: produced = ValType::I64; break;
      case Opcode::F32Const: produced = ValType::F32; break;
      case Opcode::F64Const: produced = ValType::F64; break;
      case Opcode::HandleNull:
      case Opcode::GlobalSegment:
      case Opcode::FuncHandle: produced = ValType::Handle; break;
      default:
        errs.push_back(moduleError(
            K::GlobalInitNotConstant,
            where + ": init " + std::string(name(in.op)) +
                " is not a constant instruction (t.const, handle.null, global.segment, "
                "func.handle)"));
        continue;
    }
    if (produced != g.type) {
      errs.push_back(moduleError(K::GlobalInitType, where + ": init " + std::string(name(in.op)) +
                                                        " produces " + typeName(produced) +
                                                        ", the global has type " +
                                                        typeName(g.type)));
      continue;
    }
    if (in.op == Opcode::GlobalSegment && in.index >= m.segments.size())
      errs.push_back(moduleError(K::SegmentIndex, where + ": init global.segment " +
                                                      u32(in.index) + " out of range (" +
                                                      u32(m.segments.size()) + " segments)"));
    if (in.op == Opcode::FuncHandle && in.index >= m.numFunctions())
      errs.push_back(moduleError(K::FuncIndex, where + ": init func.handle " + u32(in.index) +
                                                   " out of range (" +
                                                   u32(m.numFunctions()) + " functions)"));
  }
}

void checkSegments(const Module& m, std::vector<Error>& errs) {
  for (size_t i = 0; i < m.segments.size(); ++i) {
    const DataSegment& s = m.segments[i];
    std::string where = "segment " + u32(i);
    if (s.init.size() > s.size)
      errs.push_back(moduleError(K::SegmentInitTooLarge,
                                 where + ": " + u32(s.init.size()) +
                                     " initial bytes, more than its size " + u32(s.size)));
    if (s.alignLog2 > kMaxAlignLog2)
      errs.push_back(moduleError(K::SegmentAlignment,
                                 where + ": alignment 2^" + u32(s.alignLog2) +
                                     " is larger than 2^" + u32(kMaxAlignLog2)));
    for (size_t j = 0; j < s.relocs.size(); ++j) {
      const Reloc& r = s.relocs[j];
      std::string rw = where + " reloc " + u32(j);
      if (r.kind != Reloc::Kind::Segment && r.kind != Reloc::Kind::Function) {
        errs.push_back(moduleError(K::RelocKind, rw + ": kind " +
                                                     u32(static_cast<uint8_t>(r.kind)) +
                                                     " is neither segment (0) nor function (1)"));
        continue;
      }
      if (r.offset % 16 != 0) {
        errs.push_back(moduleError(K::RelocMisaligned, rw + ": offset " + u32(r.offset) +
                                                           " is not a multiple of 16"));
        continue;
      }
      if (uint64_t(r.offset) + 16 > s.size) {
        errs.push_back(moduleError(K::RelocOutOfBounds,
                                   rw + ": offset " + u32(r.offset) + " + 16 is beyond the " +
                                       "segment's size " + u32(s.size)));
        continue;
      }
      if (j > 0) {
        uint32_t prev = s.relocs[j - 1].offset;
        if (r.offset < prev) {
          errs.push_back(moduleError(K::RelocUnsorted,
                                     rw + ": offset " + u32(r.offset) +
                                         " is below the previous reloc's offset " + u32(prev)));
          continue;
        }
        if (uint64_t(r.offset) < uint64_t(prev) + 16) {
          errs.push_back(moduleError(K::RelocOverlap,
                                     rw + ": offset " + u32(r.offset) +
                                         " overlaps the previous reloc at offset " + u32(prev)));
          continue;
        }
      }
      if (r.kind == Reloc::Kind::Segment && r.index >= m.segments.size())
        errs.push_back(moduleError(K::SegmentIndex, rw + ": target segment " + u32(r.index) +
                                                        " out of range (" +
                                                        u32(m.segments.size()) + " segments)"));
      if (r.kind == Reloc::Kind::Function && r.index >= m.numFunctions())
        errs.push_back(moduleError(K::FuncIndex, rw + ": target function " + u32(r.index) +
                                                     " out of range (" +
                                                     u32(m.numFunctions()) + " functions)"));
    }
  }
}

// The type of function `f`, or nullptr when its declaration's type index is invalid.
const FuncType* typeOfFunc(const Module& m, uint32_t f) {
  uint32_t t = f < m.imports.size() ? m.imports[f].type : m.functions[f - m.imports.size()].type;
  return t < m.types.size() ? &m.types[t] : nullptr;
}

void checkExportsAndStart(const Module& m, std::vector<Error>& errs) {
  std::unordered_map<std::string_view, size_t> seen;
  for (size_t i = 0; i < m.exports.size(); ++i) {
    const Export& e = m.exports[i];
    std::string where = "export " + u32(i) + " \"" + e.name + "\"";
    auto [it, fresh] = seen.emplace(e.name, i);
    if (!fresh)
      errs.push_back(moduleError(K::DuplicateExport, where + ": name already exported by export " +
                                                         u32(it->second)));
    if (e.func >= m.numFunctions()) {
      errs.push_back(moduleError(K::FuncIndex, where + ": function " + u32(e.func) +
                                                   " out of range (" + u32(m.numFunctions()) +
                                                   " functions)"));
      continue;
    }
    if (e.name == "_start") {
      const FuncType* t = typeOfFunc(m, e.func);
      if (t && !(t->params.empty() &&
                 (t->results.empty() ||
                  (t->results.size() == 1 && t->results[0] == ValType::I32))))
        errs.push_back(moduleError(K::EntryPointType,
                                   where + ": function " + u32(e.func) + " has type " +
                                       sigString(*t) + ", the entry point must have type " +
                                       "[] -> [] or [] -> [i32]"));
    }
  }
  if (m.start) {
    uint32_t f = *m.start;
    if (f >= m.numFunctions()) {
      errs.push_back(moduleError(K::FuncIndex, "start: function " + u32(f) + " out of range (" +
                                                   u32(m.numFunctions()) + " functions)"));
    } else if (const FuncType* t = typeOfFunc(m, f);
               t && !(t->params.empty() && t->results.empty())) {
      errs.push_back(moduleError(K::StartType, "start: function " + u32(f) + " has type " +
                                                   sigString(*t) + ", must be [] -> []"));
    }
  }
}

}  // namespace

std::vector<Error> validate(const Module& m) {
  std::vector<Error> errs;
  std::vector<bool> typeOk = checkTypes(m, errs);
  std::vector<bool> bodyOk = checkFunctions(m, typeOk, errs);
  checkForbidden(m, errs);
  checkGlobals(m, errs);
  checkSegments(m, errs);
  checkExportsAndStart(m, errs);

  std::vector<uint32_t> stamps(m.types.size() * 2, 0);
  uint32_t epoch = 0;
  BodyValidator body(m, typeOk, errs, stamps, epoch);
  for (size_t i = 0; i < m.functions.size(); ++i)
    if (bodyOk[i]) body.run(static_cast<uint32_t>(m.imports.size() + i), m.functions[i]);
  return errs;
}

}  // namespace mswasm
