// Binary writer: encodes a Module as an .mswasm binary (docs/spec.md, "Binary format").
// The encoding is canonical, so that reading a binary this writer produced and writing it again
// gives the same bytes: minimal LEBs, locals as maximal runs of one type, known sections in the
// spec's order and only when they have entries, each custom section right after the known
// section it followed (`after`), and the `name` section last, holding only non-empty names.
#include "mswasm/binary.h"

#include <array>
#include <string_view>

#include "leb128.h"

namespace mswasm {
namespace {

using Bytes = std::vector<uint8_t>;

void writeName(Bytes& out, std::string_view s) {
  leb::writeU32(out, uint32_t(s.size()));
  out.insert(out.end(), s.begin(), s.end());
}

void writeValType(Bytes& out, ValType t) { out.push_back(uint8_t(t)); }

void writeValTypes(Bytes& out, const std::vector<ValType>& ts) {
  leb::writeU32(out, uint32_t(ts.size()));
  for (ValType t : ts) writeValType(out, t);
}

void writeLittleEndian(Bytes& out, uint64_t v, size_t n) {
  for (size_t i = 0; i < n; ++i) out.push_back(uint8_t(v >> (8 * i)));
}

// ---- Instructions ----

void writeBlockType(Bytes& out, const BlockType& bt) {
  switch (bt.kind) {
    case BlockType::Kind::Empty: out.push_back(0x40); break;
    case BlockType::Kind::Value: writeValType(out, bt.value); break;
    case BlockType::Kind::TypeIndex: leb::writeS33(out, int64_t(bt.typeIndex)); break;
  }
}

void writeImmediates(Bytes& out, const Instr& in) {
  switch (info(in.op).imm) {
    case Imm::None: break;
    case Imm::Block: writeBlockType(out, in.block); break;
    case Imm::BrTable:
      leb::writeU32(out, uint32_t(in.targets.size()));
      for (uint32_t t : in.targets) leb::writeU32(out, t);
      leb::writeU32(out, in.index);
      break;
    case Imm::Label:
    case Imm::Func:
    case Imm::Type:
    case Imm::Local:
    case Imm::Global:
    case Imm::Segment:
    case Imm::DataIdx: leb::writeU32(out, in.index); break;
    case Imm::CallInd:
      leb::writeU32(out, in.index);
      leb::writeU32(out, in.offset);
      break;
    case Imm::MemArg:
      leb::writeU32(out, in.align);
      leb::writeU32(out, in.offset);
      break;
    case Imm::MemIdx: out.push_back(0x00); break;
    case Imm::MemCopy: out.insert(out.end(), {0x00, 0x00}); break;
    case Imm::MemInit:
      leb::writeU32(out, in.index);
      out.push_back(0x00);
      break;
    case Imm::Align: leb::writeU32(out, in.align); break;
    case Imm::ConstI32: leb::writeS32(out, int32_t(uint32_t(in.bits))); break;
    case Imm::ConstI64: leb::writeS64(out, int64_t(in.bits)); break;
    case Imm::ConstF32: writeLittleEndian(out, in.bits, 4); break;
    case Imm::ConstF64: writeLittleEndian(out, in.bits, 8); break;
  }
}

void writeInstr(Bytes& out, const Instr& in) {
  const OpcodeInfo& oi = info(in.op);
  if (oi.prefix != 0) {
    out.push_back(oi.prefix);
    leb::writeU32(out, oi.code);
  } else {
    out.push_back(uint8_t(oi.code));
  }
  writeImmediates(out, in);
}

// ---- Known sections ----

Bytes typeSection(const Module& m) {
  Bytes out;
  leb::writeU32(out, uint32_t(m.types.size()));
  for (const FuncType& t : m.types) {
    out.push_back(0x60);
    writeValTypes(out, t.params);
    writeValTypes(out, t.results);
  }
  return out;
}

Bytes importSection(const Module& m) {
  Bytes out;
  leb::writeU32(out, uint32_t(m.imports.size()));
  for (const Import& im : m.imports) {
    writeName(out, im.module);
    writeName(out, im.field);
    out.push_back(0x00);
    leb::writeU32(out, im.type);
  }
  return out;
}

Bytes functionSection(const Module& m) {
  Bytes out;
  leb::writeU32(out, uint32_t(m.functions.size()));
  for (const Function& f : m.functions) leb::writeU32(out, f.type);
  return out;
}

Bytes globalSection(const Module& m) {
  Bytes out;
  leb::writeU32(out, uint32_t(m.globals.size()));
  for (const Global& g : m.globals) {
    writeValType(out, g.type);
    out.push_back(g.mut ? 1 : 0);
    writeInstr(out, g.init);
    out.push_back(0x0B);
  }
  return out;
}

void writeReloc(Bytes& out, const Reloc& r) {
  out.push_back(uint8_t(r.kind));
  leb::writeU32(out, r.offset);
  leb::writeU32(out, r.index);
  if (r.kind == Reloc::Kind::Segment) leb::writeS32(out, r.addend);
}

Bytes segmentSection(const Module& m) {
  Bytes out;
  leb::writeU32(out, uint32_t(m.segments.size()));
  for (const DataSegment& s : m.segments) {
    out.push_back(s.readOnly ? 1 : 0);
    leb::writeU32(out, s.size);
    leb::writeU32(out, s.alignLog2);
    leb::writeU32(out, uint32_t(s.init.size()));
    out.insert(out.end(), s.init.begin(), s.init.end());
    leb::writeU32(out, uint32_t(s.relocs.size()));
    for (const Reloc& r : s.relocs) writeReloc(out, r);
  }
  return out;
}

Bytes exportSection(const Module& m) {
  Bytes out;
  leb::writeU32(out, uint32_t(m.exports.size()));
  for (const Export& e : m.exports) {
    writeName(out, e.name);
    out.push_back(0x00);
    leb::writeU32(out, e.func);
  }
  return out;
}

Bytes startSection(const Module& m) {
  Bytes out;
  leb::writeU32(out, *m.start);
  return out;
}

// Local declarations as maximal runs of equal types.
void writeLocals(Bytes& out, const std::vector<ValType>& locals) {
  uint32_t runs = 0;
  for (size_t i = 0; i < locals.size(); ++i)
    if (i == 0 || locals[i] != locals[i - 1]) ++runs;
  leb::writeU32(out, runs);
  for (size_t i = 0; i < locals.size();) {
    size_t j = i;
    while (j < locals.size() && locals[j] == locals[i]) ++j;
    leb::writeU32(out, uint32_t(j - i));
    writeValType(out, locals[i]);
    i = j;
  }
}

Bytes codeSection(const Module& m) {
  Bytes out;
  leb::writeU32(out, uint32_t(m.functions.size()));
  for (const Function& f : m.functions) {
    Bytes body;
    writeLocals(body, f.locals);
    for (const Instr& in : f.body) writeInstr(body, in);
    leb::writeU32(out, uint32_t(body.size()));
    out.insert(out.end(), body.begin(), body.end());
  }
  return out;
}

// ---- The name section ----

// A name map of the non-empty names in `names`; false (nothing written) when there are none.
bool writeNameMap(Bytes& out, const std::vector<std::string>& names) {
  uint32_t n = 0;
  for (const std::string& s : names) n += !s.empty();
  if (n == 0) return false;
  leb::writeU32(out, n);
  for (size_t i = 0; i < names.size(); ++i)
    if (!names[i].empty()) {
      leb::writeU32(out, uint32_t(i));
      writeName(out, names[i]);
    }
  return true;
}

bool writeLocalNames(Bytes& out, const std::vector<std::vector<std::string>>& locals) {
  Bytes entries;
  uint32_t n = 0;
  for (size_t f = 0; f < locals.size(); ++f) {
    Bytes map;
    if (!writeNameMap(map, locals[f])) continue;
    ++n;
    leb::writeU32(entries, uint32_t(f));
    entries.insert(entries.end(), map.begin(), map.end());
  }
  if (n == 0) return false;
  leb::writeU32(out, n);
  out.insert(out.end(), entries.begin(), entries.end());
  return true;
}

void writeSubsection(Bytes& out, uint8_t id, const Bytes& contents) {
  out.push_back(id);
  leb::writeU32(out, uint32_t(contents.size()));
  out.insert(out.end(), contents.begin(), contents.end());
}

// The name section's contents after its name; empty when the module names nothing.
Bytes nameSectionContents(const Module& m) {
  Bytes out, sub;
  auto flush = [&](uint8_t id, bool written) {
    if (written) writeSubsection(out, id, sub);
    sub.clear();
  };
  flush(1, writeNameMap(sub, m.funcNames));
  flush(2, writeLocalNames(sub, m.localNames));
  flush(4, writeNameMap(sub, m.typeNames));
  flush(7, writeNameMap(sub, m.globalNames));
  flush(9, writeNameMap(sub, m.segmentNames));
  return out;
}

// ---- Module layout ----

void writeSection(Bytes& out, uint8_t id, const Bytes& contents) {
  out.push_back(id);
  leb::writeU32(out, uint32_t(contents.size()));
  out.insert(out.end(), contents.begin(), contents.end());
}

void writeCustom(Bytes& out, std::string_view name, const std::vector<uint8_t>& bytes) {
  Bytes contents;
  writeName(contents, name);
  contents.insert(contents.end(), bytes.begin(), bytes.end());
  writeSection(out, section::Custom, contents);
}

constexpr std::array<uint8_t, 8> kKnownOrder = {section::Type,    section::Import,
                                                section::Function, section::Global,
                                                section::Segment, section::Export,
                                                section::Start,   section::Code};

bool isKnownSection(uint8_t id) {
  for (uint8_t k : kKnownOrder)
    if (k == id) return true;
  return false;
}

// Writes known section `id` if the module has something for it.
void writeKnown(Bytes& out, const Module& m, uint8_t id) {
  switch (id) {
    case section::Type:
      if (!m.types.empty()) writeSection(out, id, typeSection(m));
      break;
    case section::Import:
      if (!m.imports.empty()) writeSection(out, id, importSection(m));
      break;
    case section::Function:
      if (!m.functions.empty()) writeSection(out, id, functionSection(m));
      break;
    case section::Global:
      if (!m.globals.empty()) writeSection(out, id, globalSection(m));
      break;
    case section::Segment:
      if (!m.segments.empty()) writeSection(out, id, segmentSection(m));
      break;
    case section::Export:
      if (!m.exports.empty()) writeSection(out, id, exportSection(m));
      break;
    case section::Start:
      if (m.start) writeSection(out, id, startSection(m));
      break;
    case section::Code:
      if (!m.functions.empty()) writeSection(out, id, codeSection(m));
      break;
  }
}

// Custom sections recorded after section `after`, in their order.
void writeCustomsAfter(Bytes& out, const Module& m, uint8_t after) {
  for (const CustomSection& cs : m.customs)
    if (cs.after == after) writeCustom(out, cs.name, cs.bytes);
}

}  // namespace

std::vector<uint8_t> encodeInstr(const Instr& instr) {
  Bytes out;
  writeInstr(out, instr);
  return out;
}

std::vector<uint8_t> writeBinary(const Module& m) {
  Bytes out(std::begin(kMagic), std::end(kMagic));
  writeLittleEndian(out, kVersion, 4);
  writeCustomsAfter(out, m, 0);
  for (uint8_t id : kKnownOrder) {
    writeKnown(out, m, id);
    writeCustomsAfter(out, m, id);
  }
  // Customs whose `after` names no known section go last (before the name section).
  for (const CustomSection& cs : m.customs)
    if (cs.after != 0 && !isKnownSection(cs.after)) writeCustom(out, cs.name, cs.bytes);
  Bytes names = nameSectionContents(m);
  if (!names.empty()) writeCustom(out, "name", names);
  return out;
}

}  // namespace mswasm
