// Binary reader: decodes an .mswasm module (docs/spec.md, "Binary format") into a Module.
// The header is checked, then sections are read one by one through bounds-checked cursors
// (binary_cursor.h) in the spec's order; forbidden Wasm sections are skipped and recorded for
// the validator; custom sections are kept with the known section they followed, except `name`,
// which is parsed as it is met and resolved against the index spaces once every section is read.
// Function bodies are decoded with the opcode table into flat instruction lists.
// Nothing is allocated before the input shows it holds enough bytes for it, and the few
// encodings that expand (runs of locals, local-name maps) are capped module-wide.
#include "mswasm/binary.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

#include "binary_cursor.h"

namespace mswasm {
namespace {

using binary::Cursor;
using binary::fail;
using binary::hex;
using binary::hexByte;

// Declared locals of one function (as WebAssembly engines limit them).
constexpr uint64_t kMaxFunctionLocals = 50000;
// Declared locals of the whole module, and local-name slots (localNames[f] is sized to f's
// locals): both expand from a few bytes, so both are capped to keep memory bounded.
constexpr uint64_t kMaxModuleLocals = uint64_t(1) << 24;
constexpr uint64_t kMaxLocalNameSlots = uint64_t(1) << 22;

std::string sectionLabel(uint8_t id) {
  const char* name = "unknown";
  switch (id) {
    case section::Custom: name = "custom"; break;
    case section::Type: name = "type"; break;
    case section::Import: name = "import"; break;
    case section::Function: name = "function"; break;
    case section::Table: name = "table"; break;
    case section::Memory: name = "memory"; break;
    case section::Global: name = "global"; break;
    case section::Export: name = "export"; break;
    case section::Start: name = "start"; break;
    case section::Element: name = "element"; break;
    case section::Code: name = "code"; break;
    case section::Data: name = "data"; break;
    case section::DataCount: name = "data count"; break;
    case section::Segment: name = "segment"; break;
  }
  return "section " + std::to_string(id) + " (" + name + ")";
}

// Position of a known section in the required order, or -1 when `id` is not a known section.
int sectionRank(uint8_t id) {
  static constexpr std::array<uint8_t, 8> kOrder = {section::Type,   section::Import,
                                                    section::Function, section::Global,
                                                    section::Segment, section::Export,
                                                    section::Start,  section::Code};
  for (size_t i = 0; i < kOrder.size(); ++i)
    if (kOrder[i] == id) return int(i);
  return -1;
}

bool isForbiddenSection(uint8_t id) {
  return id == section::Table || id == section::Memory || id == section::Element ||
         id == section::Data || id == section::DataCount;
}

// ---- Instructions ----

BlockType readBlockType(Cursor& c) {
  BlockType bt;
  size_t at = c.pos();
  uint8_t first = c.peek("block type");
  if (first == 0x40) {
    c.byte("block type");
    return bt;
  }
  if (isValTypeCode(first)) {
    bt.kind = BlockType::Kind::Value;
    bt.value = c.valType("block type");
    return bt;
  }
  int64_t index = c.s33("block type index");
  if (index < 0)
    fail(at, "expected block type (0x40 empty, a value type or a non-negative s33 type index), "
             "found " + hexByte(first));
  bt.kind = BlockType::Kind::TypeIndex;
  bt.typeIndex = uint32_t(index);
  return bt;
}

void readBrTable(Cursor& c, Instr& in) {
  uint32_t n = c.count("br_table target count");
  in.targets.reserve(n);
  for (uint32_t i = 0; i < n; ++i) in.targets.push_back(c.u32("br_table target"));
  in.index = c.u32("br_table default target");
}

void readImmediates(Cursor& c, Instr& in) {
  switch (info(in.op).imm) {
    case Imm::None: break;
    case Imm::Block: in.block = readBlockType(c); break;
    case Imm::Label: in.index = c.u32("label depth"); break;
    case Imm::BrTable: readBrTable(c, in); break;
    case Imm::Func: in.index = c.u32("function index"); break;
    case Imm::Type: in.index = c.u32("type index"); break;
    case Imm::CallInd:
      in.index = c.u32("type index");
      in.offset = c.u32("table index");
      break;
    case Imm::Local: in.index = c.u32("local index"); break;
    case Imm::Global: in.index = c.u32("global index"); break;
    case Imm::Segment: in.index = c.u32("segment index"); break;
    case Imm::MemArg:
      in.align = c.u32("memarg alignment");
      in.offset = c.u32("memarg offset");
      break;
    case Imm::MemIdx: c.expectByte(0x00, "memory index 0x00"); break;
    case Imm::MemCopy:
      c.expectByte(0x00, "memory index 0x00");
      c.expectByte(0x00, "memory index 0x00");
      break;
    case Imm::MemInit:
      in.index = c.u32("data index");
      c.expectByte(0x00, "memory index 0x00");
      break;
    case Imm::DataIdx: in.index = c.u32("data index"); break;
    case Imm::Align: in.align = c.u32("alignment"); break;
    case Imm::ConstI32: in.bits = uint32_t(c.s32("i32 constant")); break;
    case Imm::ConstI64: in.bits = uint64_t(c.s64("i64 constant")); break;
    case Imm::ConstF32: in.bits = c.littleEndian(4, "f32 constant"); break;
    case Imm::ConstF64: in.bits = c.littleEndian(8, "f64 constant"); break;
  }
}

Instr readInstr(Cursor& c) {
  size_t at = c.pos();
  uint8_t first = c.byte("opcode");
  uint8_t prefix = 0;
  uint32_t code = first;
  if (isPrefixByte(first)) {
    prefix = first;
    code = c.u32("sub-opcode");
  }
  auto op = opcodeFromEncoding(prefix, code);
  if (!op)
    fail(at, "unknown opcode " + (prefix ? hexByte(prefix) + " " + hex(code) : hexByte(first)));
  Instr in;
  in.op = *op;
  readImmediates(c, in);
  return in;
}

// ---- The name section (first pass: syntax; the indices are checked by NameResolver) ----

struct NameEntry {
  uint32_t index = 0;
  std::string name;
  size_t offset = 0;  // of the index
};
using NameMap = std::vector<NameEntry>;

struct IndirectEntry {
  uint32_t index = 0;
  size_t offset = 0;
  NameMap names;
};

struct PendingNames {
  NameMap funcs, types, globals, segments;
  std::vector<IndirectEntry> locals;
};

namespace namesub {
inline constexpr uint8_t Function = 1, Local = 2, Type = 4, Global = 7, Data = 9;
}

NameMap readNameMap(Cursor& c) {
  NameMap map;
  uint32_t n = c.count("name map length");
  map.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    NameEntry e;
    e.offset = c.pos();
    e.index = c.u32("name map index");
    if (i > 0 && e.index <= map.back().index)
      fail(e.offset, "name map indices not strictly increasing (" + std::to_string(e.index) +
                         " after " + std::to_string(map.back().index) + ")");
    e.name = c.name("name");
    map.push_back(std::move(e));
  }
  return map;
}

std::vector<IndirectEntry> readIndirectNameMap(Cursor& c) {
  std::vector<IndirectEntry> map;
  uint32_t n = c.count("indirect name map length");
  map.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    IndirectEntry e;
    e.offset = c.pos();
    e.index = c.u32("indirect name map index");
    if (i > 0 && e.index <= map.back().index)
      fail(e.offset, "indirect name map indices not strictly increasing (" +
                         std::to_string(e.index) + " after " + std::to_string(map.back().index) +
                         ")");
    e.names = readNameMap(c);
    map.push_back(std::move(e));
  }
  return map;
}

void readNameSubsection(Cursor& sub, uint8_t id, PendingNames& names) {
  switch (id) {
    case namesub::Function: names.funcs = readNameMap(sub); break;
    case namesub::Local: names.locals = readIndirectNameMap(sub); break;
    case namesub::Type: names.types = readNameMap(sub); break;
    case namesub::Global: names.globals = readNameMap(sub); break;
    case namesub::Data: names.segments = readNameMap(sub); break;
    default: return;  // a subsection this library does not model: skipped
  }
  sub.expectEnd("name subsection " + std::to_string(id));
}

PendingNames readNameSection(Cursor& c) {
  PendingNames names;
  int lastId = -1;
  while (!c.atEnd()) {
    size_t at = c.pos();
    uint8_t id = c.byte("name subsection id");
    if (int(id) <= lastId)
      fail(at, "name subsection " + std::to_string(id) + " out of order after subsection " +
                   std::to_string(lastId));
    lastId = id;
    Cursor sub = c.sized("name subsection", "name subsection");
    readNameSubsection(sub, id, names);
  }
  return names;
}

// ---- Second pass over the name section: index checks and the Module's name vectors ----

class NameResolver {
 public:
  explicit NameResolver(Module& m) : m_(m) {}

  void resolve(const PendingNames& p) {
    fill(p.funcs, m_.funcNames, m_.numFunctions(), "function");
    fill(p.types, m_.typeNames, m_.types.size(), "type");
    fill(p.globals, m_.globalNames, m_.globals.size(), "global");
    fill(p.segments, m_.segmentNames, m_.segments.size(), "segment");
    m_.localNames.assign(m_.numFunctions(), {});
    uint64_t slots = 0;
    for (const IndirectEntry& e : p.locals) {
      check(e.index, e.offset, m_.numFunctions(), "function");
      uint64_t n = localCount(e.index);
      slots += n;
      if (slots > kMaxLocalNameSlots)
        fail(e.offset, "local names cover more than " + std::to_string(kMaxLocalNameSlots) +
                           " locals in total");
      std::string what = "local of function " + std::to_string(e.index);
      fill(e.names, m_.localNames[e.index], n, what.c_str());
    }
  }

 private:
  Module& m_;

  static void check(uint32_t index, size_t offset, uint64_t limit, const char* what) {
    if (index >= limit)
      fail(offset, std::string(what) + " index " + std::to_string(index) +
                       " out of range in name section (" + std::to_string(limit) + " in all)");
  }

  static void fill(const NameMap& map, std::vector<std::string>& out, uint64_t limit,
                   const char* what) {
    for (const NameEntry& e : map) check(e.index, e.offset, limit, what);
    out.assign(limit, std::string());
    for (const NameEntry& e : map) out[e.index] = e.name;
  }

  // Parameters plus declared locals of function `f` (parameters only when its type is invalid).
  uint64_t localCount(uint32_t f) const {
    bool imported = f < m_.imports.size();
    uint32_t type = imported ? m_.imports[f].type : m_.functions[f - m_.imports.size()].type;
    uint64_t n = type < m_.types.size() ? m_.types[type].params.size() : 0;
    if (!imported) n += m_.functions[f - m_.imports.size()].locals.size();
    return n;
  }
};

// ---- Sections ----

class Reader {
 public:
  Reader(std::span<const uint8_t> input, Module& m) : input_(input), m_(m) {}

  void run() {
    // An interpreter line ("#!...\n") is not part of the module: decoding starts after it, and
    // offsets still count from the start of the file.
    std::optional<size_t> line = interpreterLineLength(input_);
    if (!line)
      fail(0, "interpreter line (#!) has no newline within its first " + std::to_string(kMaxInterpreterLine) +
                  " bytes");
    Cursor c(input_, *line, input_.size(), "input");
    readHeader(c);
    while (!c.atEnd()) readSection(c);
    if (m_.functions.size() != codeCount_)
      fail(input_.size(), "function and code section counts differ (" +
                              std::to_string(m_.functions.size()) + " vs " +
                              std::to_string(codeCount_) + ")");
    NameResolver(m_).resolve(names_);
  }

 private:
  std::span<const uint8_t> input_;
  Module& m_;
  int lastRank_ = -1;
  uint8_t lastKnown_ = 0;  // id of the last known section read (for CustomSection::after)
  bool seenName_ = false;
  uint64_t codeCount_ = 0;
  uint64_t moduleLocals_ = 0;
  PendingNames names_;

  void readHeader(Cursor& c) {
    const size_t base = c.pos();  // the length of the interpreter line, if any
    const std::string after = base ? " (after the #! interpreter line)" : "";
    auto magic = c.bytes(4, "magic");
    if (magic[0] == 0x00 && magic[1] == 'a' && magic[2] == 's' && magic[3] == 'm')
      fail(base, "this is a WebAssembly binary, not MSWasm (magic \\0asm)");
    for (size_t i = 0; i < 4; ++i)
      if (magic[i] != kMagic[i])
        fail(base + i, "expected magic 00 6D 73 77 (\\0msw), found " + hexByte(magic[i]) +
                           " at byte " + std::to_string(base + i) + after);
    uint64_t version = c.littleEndian(4, "version");
    if (version != kVersion)
      fail(base + 4, "unsupported version " + std::to_string(version) + " (expected 01 00 00 00)");
  }

  void readSection(Cursor& c) {
    size_t at = c.pos();
    uint8_t id = c.byte("section id");
    Cursor sec = c.sized("section", "section");
    if (id == section::Custom) return readCustom(sec, at);
    if (isForbiddenSection(id)) {
      m_.forbidden.push_back({id, uint32_t(at)});
      return;
    }
    int rank = sectionRank(id);
    if (rank < 0) fail(at, "unknown section id " + std::to_string(id));
    if (rank == lastRank_) fail(at, "duplicate " + sectionLabel(id));
    if (rank < lastRank_)
      fail(at, sectionLabel(id) + " out of order after " + sectionLabel(lastKnown_));
    lastRank_ = rank;
    lastKnown_ = id;
    readKnown(sec, id);
    sec.expectEnd(sectionLabel(id));
  }

  void readKnown(Cursor& c, uint8_t id) {
    switch (id) {
      case section::Type: return readTypes(c);
      case section::Import: return readImports(c);
      case section::Function: return readFunctions(c);
      case section::Global: return readGlobals(c);
      case section::Segment: return readSegments(c);
      case section::Export: return readExports(c);
      case section::Start: m_.start = c.u32("start function index"); return;
      case section::Code: return readCode(c);
    }
  }

  void readCustom(Cursor& c, size_t at) {
    std::string name = c.name("custom section name");
    if (name == "name") {
      if (seenName_) fail(at, "duplicate name section");
      seenName_ = true;
      names_ = readNameSection(c);
      return;
    }
    auto rest = c.bytes(c.left(), "custom section contents");
    m_.customs.push_back({std::move(name), {rest.begin(), rest.end()}, lastKnown_});
  }

  void readTypes(Cursor& c) {
    uint32_t n = c.count("type count");
    m_.types.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      c.expectByte(0x60, "function type (0x60)");
      FuncType t;
      readValTypes(c, t.params, "parameter count");
      readValTypes(c, t.results, "result count");
      m_.types.push_back(std::move(t));
    }
  }

  static void readValTypes(Cursor& c, std::vector<ValType>& out, const char* what) {
    uint32_t n = c.count(what);
    out.reserve(n);
    for (uint32_t i = 0; i < n; ++i) out.push_back(c.valType());
  }

  void readImports(Cursor& c) {
    uint32_t n = c.count("import count");
    m_.imports.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      Import im;
      im.module = c.name("import module name");
      im.field = c.name("import field name");
      c.expectByte(0x00, "import kind 0x00 (function; MSWasm imports only functions)");
      im.type = c.u32("import type index");
      m_.imports.push_back(std::move(im));
    }
  }

  void readFunctions(Cursor& c) {
    uint32_t n = c.count("function count");
    m_.functions.resize(n);
    for (uint32_t i = 0; i < n; ++i) m_.functions[i].type = c.u32("function type index");
  }

  void readGlobals(Cursor& c) {
    uint32_t n = c.count("global count");
    m_.globals.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      Global g;
      g.type = c.valType("global type");
      size_t at = c.pos();
      uint8_t mut = c.byte("global mutability");
      if (mut > 1) fail(at, "expected global mutability 0x00 or 0x01, found " + hexByte(mut));
      g.mut = mut == 1;
      g.init = readInstr(c);
      c.expectByte(0x0B, "end (0x0b) after the global's initializer instruction");
      m_.globals.push_back(std::move(g));
    }
  }

  void readSegments(Cursor& c) {
    uint32_t n = c.count("segment count");
    m_.segments.reserve(n);
    for (uint32_t i = 0; i < n; ++i) m_.segments.push_back(readSegment(c));
  }

  static DataSegment readSegment(Cursor& c) {
    DataSegment s;
    size_t at = c.pos();
    uint8_t flags = c.byte("segment flags");
    if (flags & ~1u)
      fail(at, "reserved segment flag bits set in " + hexByte(flags) +
                   " (only bit 0, read-only, is defined)");
    s.readOnly = flags & 1;
    s.size = c.u32("segment size");
    s.alignLog2 = c.u32("segment alignment");
    auto init = c.bytes(c.count("segment init length"), "segment init bytes");
    s.init.assign(init.begin(), init.end());
    uint32_t n = c.count("reloc count");
    s.relocs.reserve(n);
    for (uint32_t i = 0; i < n; ++i) s.relocs.push_back(readReloc(c));
    return s;
  }

  static Reloc readReloc(Cursor& c) {
    Reloc r;
    size_t at = c.pos();
    uint8_t kind = c.byte("reloc kind");
    if (kind > 1)
      fail(at, "unknown reloc kind " + hexByte(kind) + " (expected 0x00 segment or 0x01 function)");
    r.kind = Reloc::Kind(kind);
    r.offset = c.u32("reloc offset");
    if (r.kind == Reloc::Kind::Segment) {
      r.index = c.u32("reloc segment index");
      r.addend = c.s32("reloc addend");
    } else {
      r.index = c.u32("reloc function index");
    }
    return r;
  }

  void readExports(Cursor& c) {
    uint32_t n = c.count("export count");
    m_.exports.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      Export e;
      e.name = c.name("export name");
      c.expectByte(0x00, "export kind 0x00 (function; MSWasm exports only functions)");
      e.func = c.u32("export function index");
      m_.exports.push_back(std::move(e));
    }
  }

  void readCode(Cursor& c) {
    size_t at = c.pos();
    uint32_t n = c.count("code count");
    codeCount_ = n;
    if (n != m_.functions.size())
      fail(at, "function and code section counts differ (" +
                   std::to_string(m_.functions.size()) + " vs " + std::to_string(n) + ")");
    for (Function& f : m_.functions) {
      Cursor body = c.sized("function body", "function body");
      f.bodyOffset = uint32_t(body.pos());
      readLocals(body, f.locals);
      readBody(body, f.body);
    }
  }

  void readLocals(Cursor& c, std::vector<ValType>& locals) {
    uint32_t runs = c.count("local declaration count");
    uint64_t total = 0;
    for (uint32_t i = 0; i < runs; ++i) {
      size_t at = c.pos();
      uint32_t n = c.u32("local count");
      total += n;
      if (total > kMaxFunctionLocals)
        fail(at, "too many locals (more than " + std::to_string(kMaxFunctionLocals) +
                     " in one function)");
      moduleLocals_ += n;
      if (moduleLocals_ > kMaxModuleLocals)
        fail(at, "too many locals (more than " + std::to_string(kMaxModuleLocals) +
                     " in the module)");
      ValType t = c.valType("local type");
      locals.insert(locals.end(), n, t);
    }
  }

  static void readBody(Cursor& c, std::vector<Instr>& body) {
    size_t lastAt = c.pos();
    while (!c.atEnd()) {
      lastAt = c.pos();
      body.push_back(readInstr(c));
    }
    if (body.empty() || body.back().op != Opcode::End)
      fail(body.empty() ? c.end() : lastAt, "body does not end with end (0x0b)");
  }
};

}  // namespace

std::optional<size_t> interpreterLineLength(std::span<const uint8_t> bytes) {
  if (bytes.size() < 2 || bytes[0] != '#' || bytes[1] != '!') return 0;
  size_t limit = std::min(bytes.size(), kMaxInterpreterLine);
  for (size_t i = 2; i < limit; ++i)
    if (bytes[i] == '\n') return i + 1;
  return std::nullopt;
}

bool looksBinary(std::span<const uint8_t> bytes) {
  return !bytes.empty() && (bytes[0] == 0 || (bytes.size() >= 2 && bytes[0] == '#' && bytes[1] == '!'));
}

std::optional<Error> readBinary(std::span<const uint8_t> bytes, Module& out) {
  out = Module{};
  if (bytes.size() > std::numeric_limits<uint32_t>::max())
    return Error::atByte(0, "input larger than 4 GiB");
  try {
    Reader(bytes, out).run();
  } catch (const binary::DecodeFailure& f) {
    return f.error;
  }
  return std::nullopt;
}

}  // namespace mswasm
