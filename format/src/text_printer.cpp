// Text printer: renders a Module in the text format of docs/spec.md ("Text format").
// Fields come out in a fixed order (types, imports, globals, segments, funcs, exports, start,
// customs), function bodies one flat instruction a line indented by nesting. Names from the
// name section become $ids when non-empty and unique in their index space ($"..." when they
// hold characters outside Wasm's idchars); a name shared by several entries cannot be an id and
// is kept as a `(@name "...")` annotation instead, so text -> module keeps every name. References
// use the target's $id when it has one, else its index. Floats use the shortest decimal that
// reads back to the same bits (text_numbers.h); alignments print in bytes (`2**N` when 2^N does
// not fit in 64 bits). The output parses back to an identical module.
#include <cstdio>
#include <string>
#include <unordered_map>

#include "mswasm/text.h"
#include "text_lexer.h"
#include "text_numbers.h"
#include "text_common.h"

namespace mswasm {
namespace {

using text::formatF32;
using text::formatF64;

// Length of the well-formed UTF-8 sequence of a non-ASCII character at s[i], or 0.
size_t utf8Length(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (len == 0 || c > 0xF4 || i + len > s.size()) return 0;
  uint32_t cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return 0;
  return len;
}

// A string literal: printable ASCII as is, everything else as \hh, except that names (`text`)
// keep their well-formed UTF-8 characters as they are.
std::string quote(std::string_view bytes, bool text = true) {
  static const char* hex = "0123456789abcdef";
  std::string out = "\"";
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    size_t len = text && c >= 0x80 ? utf8Length(bytes, i) : 0;
    if (len > 0) {
      out.append(bytes.substr(i, len));
      i += len - 1;
    } else if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      out.push_back(char(c));
    } else {
      out.push_back('\\');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out + "\"";
}

// Raw bytes (segment data, custom sections): only printable ASCII is left as is.
std::string quote(const std::vector<uint8_t>& bytes) {
  return quote(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), false);
}

// `$name`, or `$"..."` when the name has characters a plain id cannot hold.
std::string idText(const std::string& name) {
  for (char c : name)
    if (!text::isIdChar(static_cast<unsigned char>(c))) return "$" + quote(name);
  return "$" + name;
}

// The names of one index space and which of them can be printed as ids.
class Names {
 public:
  Names() = default;
  explicit Names(const std::vector<std::string>& names) : names_(&names) {
    std::unordered_map<std::string_view, int> counts;
    for (const std::string& n : names)
      if (!n.empty()) ++counts[n];
    unique_.resize(names.size());
    for (size_t i = 0; i < names.size(); ++i)
      unique_[i] = !names[i].empty() && counts[names[i]] == 1;
  }
  bool hasId(uint32_t i) const { return i < unique_.size() && unique_[i]; }
  bool hasName(uint32_t i) const { return names_ && i < names_->size() && !(*names_)[i].empty(); }
  // A reference: the id when there is one, else the index.
  std::string ref(uint32_t i) const {
    return hasId(i) ? idText((*names_)[i]) : std::to_string(i);
  }
  // What follows a field keyword: " $id", " (@name "...")" for a shared name, or "".
  std::string decl(uint32_t i) const {
    if (hasId(i)) return " " + idText((*names_)[i]);
    if (hasName(i)) return " (@name " + quote((*names_)[i]) + ")";
    return "";
  }
  // As decl(), with a " (;i;)" index comment when there is no id.
  std::string declWithIndex(uint32_t i) const {
    return hasId(i) ? decl(i) : " (;" + std::to_string(i) + ";)" + decl(i);
  }

 private:
  const std::vector<std::string>* names_ = nullptr;
  std::vector<bool> unique_;
};

std::string alignText(uint32_t log2) {
  if (log2 >= 64) return "2**" + std::to_string(log2);
  return std::to_string(uint64_t(1) << log2);
}

class Printer {
 public:
  explicit Printer(const Module& m)
      : m_(m), types_(m.typeNames), funcs_(m.funcNames), globals_(m.globalNames),
        segments_(m.segmentNames) {}

  // One instruction as the printer writes it in a body (names resolved as in printText).
  std::string instrText(const Instr& in) { return instr(in); }

  std::string run() {
    out_ = "(module\n";
    for (uint32_t i = 0; i < m_.types.size(); ++i) printType(i);
    for (uint32_t i = 0; i < m_.imports.size(); ++i) printImport(i);
    for (uint32_t i = 0; i < m_.globals.size(); ++i) printGlobal(i);
    for (uint32_t i = 0; i < m_.segments.size(); ++i) printSegment(i);
    for (uint32_t i = 0; i < m_.functions.size(); ++i) printFunction(i);
    for (const Export& e : m_.exports)
      out_ += "  (export " + quote(e.name) + " (func " + funcs_.ref(e.func) + "))\n";
    if (m_.start) out_ += "  (start " + funcs_.ref(*m_.start) + ")\n";
    for (const CustomSection& c : m_.customs) printCustom(c);
    out_ += ")\n";
    return std::move(out_);
  }

 private:
  const Module& m_;
  Names types_, funcs_, globals_, segments_;
  Names locals_;  // of the function being printed
  std::string out_;

  static std::string valTypes(const std::vector<ValType>& ts) {
    std::string s;
    for (ValType t : ts) s += " " + std::string(valTypeName(t));
    return s;
  }
  static std::string results(const std::vector<ValType>& ts) {
    return ts.empty() ? "" : " (result" + valTypes(ts) + ")";
  }

  void printType(uint32_t i) {
    const FuncType& t = m_.types[i];
    std::string params = t.params.empty() ? "" : " (param" + valTypes(t.params) + ")";
    out_ += "  (type" + types_.declWithIndex(i) + " (func" + params + results(t.results) + "))\n";
  }

  // `(param ...)` / `(local ...)` clauses for `ts`, local indices from `first`: named entries
  // one per clause, runs of unnamed ones grouped.
  std::string localClauses(const char* keyword, const std::vector<ValType>& ts, uint32_t first) {
    std::string s, group;
    auto flush = [&] {
      if (!group.empty()) s += " (" + std::string(keyword) + group + ")";
      group.clear();
    };
    for (uint32_t k = 0; k < ts.size(); ++k) {
      std::string type(valTypeName(ts[k]));
      std::string decl = locals_.decl(first + k);
      if (decl.empty()) {
        group += " " + type;
        continue;
      }
      flush();
      s += " (" + std::string(keyword) + decl + " " + type + ")";
    }
    flush();
    return s;
  }

  // `(type N) (param ...) (result ...)`; only `(type N)` when N names no type.
  std::string typeUse(uint32_t typeIndex) {
    std::string s = " (type " + types_.ref(typeIndex) + ")";
    if (typeIndex >= m_.types.size()) return s;
    const FuncType& t = m_.types[typeIndex];
    return s + localClauses("param", t.params, 0) + results(t.results);
  }

  void useLocalNames(uint32_t funcIndex) {
    static const std::vector<std::string> kNone;
    locals_ = Names(funcIndex < m_.localNames.size() ? m_.localNames[funcIndex] : kNone);
  }

  void printImport(uint32_t i) {
    const Import& imp = m_.imports[i];
    useLocalNames(i);
    out_ += "  (import " + quote(imp.module) + " " + quote(imp.field) + " (func" +
            funcs_.declWithIndex(i) + typeUse(imp.type) + "))\n";
  }

  void printGlobal(uint32_t i) {
    const Global& g = m_.globals[i];
    std::string type(valTypeName(g.type));
    if (g.mut) type = "(mut " + type + ")";
    locals_ = Names();
    out_ += "  (global" + globals_.declWithIndex(i) + " " + type + " " + instr(g.init) + ")\n";
  }

  void printSegment(uint32_t i) {
    const DataSegment& s = m_.segments[i];
    out_ += "  (segment" + segments_.declWithIndex(i) + " (size " + std::to_string(s.size) +
            ") (align " + alignText(s.alignLog2) + ")";
    if (s.readOnly) out_ += " (readonly)";
    if (!s.init.empty()) out_ += " (data " + quote(s.init) + ")";
    for (const Reloc& r : s.relocs) out_ += " " + reloc(r);
    out_ += ")\n";
  }

  std::string reloc(const Reloc& r) {
    std::string s = "(reloc " + std::to_string(r.offset);
    if (r.kind == Reloc::Kind::Function) return s + " (func " + funcs_.ref(r.index) + "))";
    s += " (segment " + segments_.ref(r.index);
    if (r.addend != 0) s += " " + std::to_string(r.addend);
    return s + "))";
  }

  void printFunction(uint32_t i) {
    const Function& f = m_.functions[i];
    uint32_t funcIndex = uint32_t(m_.imports.size()) + i;
    useLocalNames(funcIndex);
    uint32_t numParams = f.type < m_.types.size() ? uint32_t(m_.types[f.type].params.size()) : 0;
    out_ += "  (func" + funcs_.declWithIndex(funcIndex) + typeUse(f.type) +
            localClauses("local", f.locals, numParams) + "\n";
    printBody(f.body);
    out_ += "  )\n";
  }

  // The body without its final `end` (implied by the closing parenthesis).
  void printBody(const std::vector<Instr>& body) {
    size_t count = body.size();
    if (count > 0 && body.back().op == Opcode::End) --count;
    size_t depth = 0;
    for (size_t k = 0; k < count; ++k) {
      Opcode op = body[k].op;
      if ((op == Opcode::End || op == Opcode::Else) && depth > 0) --depth;
      out_ += std::string(4 + 2 * depth, ' ') + instr(body[k]) + "\n";
      if (op == Opcode::Block || op == Opcode::Loop || op == Opcode::If || op == Opcode::Else)
        ++depth;
    }
  }

  std::string blockType(const BlockType& bt) {
    switch (bt.kind) {
      case BlockType::Kind::Empty: return "";
      case BlockType::Kind::Value: return " (result " + std::string(valTypeName(bt.value)) + ")";
      case BlockType::Kind::TypeIndex: return " (type " + types_.ref(bt.typeIndex) + ")";
    }
    return "";
  }

  static std::string memArg(const Instr& in) {
    std::string s;
    if (in.offset != 0) s += " offset=" + std::to_string(in.offset);
    if (in.align != text::naturalAlignLog2(info(in.op).accessBytes))
      s += " align=" + alignText(in.align);
    return s;
  }

  std::string instr(const Instr& in) {
    return std::string(name(in.op)) + immediates(in);
  }

  std::string immediates(const Instr& in) {
    auto num = [](uint64_t v) { return " " + std::to_string(v); };
    switch (info(in.op).imm) {
      case Imm::None: case Imm::MemIdx: case Imm::MemCopy: return "";
      case Imm::Block: return blockType(in.block);
      case Imm::Label: case Imm::MemInit: case Imm::DataIdx: return num(in.index);
      case Imm::BrTable: {
        std::string s;
        for (uint32_t t : in.targets) s += num(t);
        return s + num(in.index);
      }
      case Imm::Func: return " " + funcs_.ref(in.index);
      case Imm::Type: return " (type " + types_.ref(in.index) + ")";
      case Imm::CallInd:
        return (in.offset ? num(in.offset) : "") + " (type " + types_.ref(in.index) + ")";
      case Imm::Local: return " " + locals_.ref(in.index);
      case Imm::Global: return " " + globals_.ref(in.index);
      case Imm::Segment: return " " + segments_.ref(in.index);
      case Imm::MemArg: return memArg(in);
      case Imm::Align: return in.align ? " align=" + alignText(in.align) : "";
      case Imm::ConstI32: return " " + std::to_string(int32_t(uint32_t(in.bits)));
      case Imm::ConstI64: return " " + std::to_string(int64_t(in.bits));
      case Imm::ConstF32: return " " + formatF32(uint32_t(in.bits));
      case Imm::ConstF64: return " " + formatF64(in.bits);
    }
    return "";
  }

  void printCustom(const CustomSection& c) {
    out_ += "  (@custom " + quote(c.name);
    if (c.after != 0) {
      std::string_view section = text::sectionName(c.after);
      out_ += " (after " + (section.empty() ? std::to_string(c.after) : std::string(section)) + ")";
    }
    out_ += " " + quote(c.bytes) + ")\n";
  }
};

}  // namespace

std::string printText(const Module& m) { return Printer(m).run(); }

std::string printInstr(const Module& m, const Instr& in) { return Printer(m).instrText(in); }

}  // namespace mswasm
