// Text parser: reads one `(module ...)` of docs/spec.md ("Text format") into a Module.
//
// The lexer (text_lexer.h) first turns the input into tokens with matched parentheses. The
// parser then makes two passes over the module's fields:
//   1. collect: parses every `type` field (types have no forward references) and records the
//      $id of every import, func, global and segment with its index, so that later passes can
//      resolve references to fields defined further down;
//   2. parse: reads every other field in order and builds the module. Type uses without
//      `(type idx)` reuse the first equal type or append one, in field order.
// An error in pass 1 is kept with its field and reported when pass 2 reaches that field, so the
// error reported is the first one in the text. Errors are thrown internally as ParseFailure and
// returned by parseText; nothing recurses on the input's nesting (blocks are a label stack), and
// the lexer bounds parenthesis nesting, so no input can exhaust the stack.
//
// Beyond the spec's grammar the parser accepts what the printer needs for an exact round trip:
// `(@name "...")` after a field's or a param/local's optional id (a name that cannot be an id
// because it is shared), `align=2**N` / `(align 2**N)` for alignments too large to write in
// bytes, `(after N)` for a section id without a name; and, for convenience, a module id, an
// omitted segment `(align ...)` (meaning 1), and any one instruction as a global initialiser
// (constness is the validator's business). Numeric indices are not range-checked (the validator
// reports them), so invalid modules can be written as text too; $ids must resolve.
#include <algorithm>
#include <bit>
#include <map>
#include <unordered_map>

#include "mswasm/text.h"
#include "text_lexer.h"
#include "text_numbers.h"
#include "text_common.h"

namespace mswasm {
namespace {

using text::NumStatus;
using text::Token;
using Kind = Token::Kind;

struct ParseFailure {
  Error error;
};

// A declared name: the $id (if any) binds references; the name (the id, or a `(@name "...")`
// annotation, which wins) goes to the name section.
struct DeclName {
  const Token* id = nullptr;
  std::string name;
  bool present() const { return !name.empty(); }
};

// One index space (types, functions, globals, segments or a function's locals).
struct Space {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> names;  // by index
};

// An open block/loop/if of the function body being parsed.
struct Frame {
  Opcode op;
  std::string label;  // empty = none
  const Token* at;
  bool sawElse = false;
};

struct TypeUse {
  const Token* typeToken = nullptr;     // the `type` keyword, if `(type idx)` was given
  std::optional<uint32_t> index;
  bool hasSig = false;                  // any (param ...) or (result ...) clause present
  FuncType sig;
  std::vector<DeclName> paramNames;     // one per inline param
};

class Parser {
 public:
  Parser(std::vector<Token> tokens, Module& m) : t_(std::move(tokens)), m_(m) {}

  void parseModule() {
    expectLParen();
    expectKeyword("module");
    if (peek().kind == Kind::Id) next();
    size_t fieldsStart = p_;
    collectFields();
    p_ = fieldsStart;
    while (peek().kind == Kind::LParen) parseField();
    expectRParen();
    if (peek().kind != Kind::Eof) fail(peek(), "expected end of input, found " + describe(peek()));
    finishNames();
  }

 private:
  std::vector<Token> t_;
  size_t p_ = 0;
  Module& m_;
  Space types_, funcs_, globals_, segments_, locals_;
  std::vector<Frame> frames_;
  std::map<size_t, Error> deferred_;  // pass-1 errors by the field's first token
  bool sawFunc_ = false;
  uint32_t numFuncFields_ = 0, numGlobals_ = 0, numSegments_ = 0;  // pass 1 counts
  uint32_t importsDone_ = 0, funcsDone_ = 0;                         // pass 2 counts
  bool inGlobalInit_ = false;  // else/end are not checked against open blocks
  std::unordered_map<std::string, uint32_t> typeIndex_;  // signature -> first type index

  // ---- tokens ----

  const Token& peek(size_t ahead = 0) const { return t_[std::min(p_ + ahead, t_.size() - 1)]; }
  const Token& next() {
    const Token& tok = peek();
    if (p_ < t_.size() - 1) ++p_;
    return tok;
  }
  [[noreturn]] static void fail(const Token& at, std::string msg) {
    throw ParseFailure{Error::atText(at.line, at.col, std::move(msg))};
  }
  static std::string describe(const Token& tok) {
    switch (tok.kind) {
      case Kind::Eof: return "end of input";
      case Kind::String: return "a string";
      default: return "'" + std::string(tok.text) + "'";
    }
  }
  bool isKeyword(const Token& tok, std::string_view kw) const {
    return tok.kind == Kind::Atom && tok.text == kw;
  }
  // Whether the next tokens are `(` `kw`.
  bool atClause(std::string_view kw) const {
    return peek().kind == Kind::LParen && isKeyword(peek(1), kw);
  }
  void expectLParen() {
    if (peek().kind != Kind::LParen) fail(peek(), "expected '(', found " + describe(peek()));
    next();
  }
  void expectRParen() {
    if (peek().kind != Kind::RParen) fail(peek(), "expected ')', found " + describe(peek()));
    next();
  }
  void expectKeyword(std::string_view kw) {
    if (!isKeyword(peek(), kw))
      fail(peek(), "expected '" + std::string(kw) + "', found " + describe(peek()));
    next();
  }
  std::string expectString(const char* what) {
    if (peek().kind != Kind::String)
      fail(peek(), std::string("expected ") + what + " string, found " + describe(peek()));
    return next().value;
  }
  // A string that becomes a name in the binary: names are UTF-8 (docs/spec.md, "Binary format").
  std::string expectName(const char* what) {
    const Token& at = peek();
    std::string s = expectString(what);
    if (!isUtf8(s)) fail(at, std::string(what) + " is not valid UTF-8");
    return s;
  }
  static bool isUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
      if (len == 0 || i + len > s.size()) return false;
      uint32_t cp = len == 1 ? c : (c & (0x7f >> len));
      for (size_t k = 1; k < len; ++k) {
        unsigned char cc = static_cast<unsigned char>(s[i + k]);
        if ((cc >> 6) != 2) return false;
        cp = (cp << 6) | (cc & 0x3f);
      }
      static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
      if (cp < kMin[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
      i += len;
    }
    return true;
  }
  // Skips the parenthesized group starting at the current `(`.
  void skipGroup() { p_ = peek().match + 1; }

  // ---- numbers ----

  uint32_t parseU32(const char* what) {
    const Token& tok = peek();
    uint32_t v = 0;
    NumStatus st = tok.kind == Kind::Atom ? text::parseU32(tok.text, v) : NumStatus::Syntax;
    if (st == NumStatus::Syntax)
      fail(tok, std::string("expected ") + what + ", found " + describe(tok));
    if (st == NumStatus::Range) fail(tok, describe(tok) + " is out of range for " + what);
    next();
    return v;
  }
  // A power of two in bytes (or `2**N`), as its log2.
  uint32_t parseAlignValue(const Token& tok, std::string_view s) {
    if (s.starts_with("2**")) {
      uint32_t log2 = 0;
      if (text::parseU32(s.substr(3), log2) != NumStatus::Ok) fail(tok, "invalid alignment");
      return log2;
    }
    uint64_t v = 0;
    if (text::parseU64(s, v) != NumStatus::Ok || v == 0 || (v & (v - 1)) != 0)
      fail(tok, "alignment must be a power of two");
    return uint32_t(std::countr_zero(v));
  }
  void parseConst(Instr& in) {
    const Token& tok = peek();
    Imm imm = info(in.op).imm;
    const char* type = imm == Imm::ConstI32 ? "i32" : imm == Imm::ConstI64 ? "i64"
                       : imm == Imm::ConstF32 ? "f32" : "f64";
    NumStatus st = NumStatus::Syntax;
    if (tok.kind == Kind::Atom) st = parseConstText(imm, tok.text, in.bits);
    if (st == NumStatus::Syntax)
      fail(tok, std::string("expected ") + type + " constant, found " + describe(tok));
    if (st == NumStatus::Range) fail(tok, std::string(type) + " constant out of range");
    next();
  }
  static NumStatus parseConstText(Imm imm, std::string_view s, uint64_t& bits) {
    uint32_t b32 = 0;
    NumStatus st = NumStatus::Syntax;
    switch (imm) {
      case Imm::ConstI32: st = text::parseI32(s, b32); bits = b32; return st;
      case Imm::ConstF32: st = text::parseF32(s, b32); bits = b32; return st;
      case Imm::ConstI64: return text::parseI64(s, bits);
      default: return text::parseF64(s, bits);
    }
  }

  // ---- names and indices ----

  DeclName parseDecl() {
    DeclName d;
    if (peek().kind == Kind::Id) {
      d.id = &next();
      d.name = d.id->value;
      if (!isUtf8(d.name)) fail(*d.id, "identifier is not valid UTF-8, so it cannot be a name");
    }
    if (atClause("@name")) {
      next(), next();
      const Token& at = peek();
      d.name = expectName("a name");
      if (d.name.empty()) fail(at, "empty name");
      expectRParen();
    }
    return d;
  }
  static void define(Space& space, uint32_t index, const DeclName& d) {
    if (space.names.size() <= index) space.names.resize(index + 1);
    space.names[index] = d.name;
    if (!d.id) return;
    if (!space.ids.emplace(d.id->value, index).second)
      fail(*d.id, "duplicate identifier " + std::string(d.id->text));
  }
  uint32_t parseIndex(const Space& space, const char* what) {
    if (peek().kind != Kind::Id) return parseU32(what);
    const Token& tok = next();
    auto it = space.ids.find(tok.value);
    if (it == space.ids.end()) fail(tok, "unknown identifier " + std::string(tok.text));
    return it->second;
  }
  uint32_t parseLabel() {
    if (peek().kind != Kind::Id) return parseU32("a label");
    const Token& tok = next();
    for (size_t k = frames_.size(); k-- > 0;)
      if (frames_[k].label == tok.value) return uint32_t(frames_.size() - 1 - k);
    fail(tok, "unknown label " + std::string(tok.text));
  }
  bool atLabel() const {
    uint32_t v = 0;
    return peek().kind == Kind::Id ||
           (peek().kind == Kind::Atom && text::parseU32(peek().text, v) == NumStatus::Ok);
  }

  // ---- types ----

  ValType parseValType() {
    const Token& tok = peek();
    auto t = tok.kind == Kind::Atom ? valTypeFromName(tok.text) : std::nullopt;
    if (!t) fail(tok, "expected a value type, found " + describe(tok));
    next();
    return *t;
  }
  // `(param decl valtype)` or `(param valtype*)`, likewise `(local ...)`.
  void parseLocalClause(std::vector<ValType>& types, std::vector<DeclName>& names) {
    next(), next();
    DeclName d = parseDecl();
    if (d.present()) {
      types.push_back(parseValType());
      names.push_back(d);
    } else {
      while (peek().kind != Kind::RParen) {
        types.push_back(parseValType());
        names.emplace_back();
      }
    }
    expectRParen();
  }
  void parseResultClause(std::vector<ValType>& types) {
    next(), next();
    while (peek().kind != Kind::RParen) types.push_back(parseValType());
    expectRParen();
  }
  TypeUse parseTypeUse() {
    TypeUse use;
    if (atClause("type")) {
      next();
      use.typeToken = &next();
      use.index = parseIndex(types_, "a type index");
      expectRParen();
    }
    while (atClause("param")) {
      use.hasSig = true;
      parseLocalClause(use.sig.params, use.paramNames);
    }
    while (atClause("result")) {
      use.hasSig = true;
      parseResultClause(use.sig.results);
    }
    return use;
  }
  // The first type equal to `sig`, appending one if there is none (typeIndex_ maps each
  // signature to its first index, so this stays fast with many types).
  uint32_t findOrAppendType(const FuncType& sig) {
    if (typeIndex_.empty())
      for (uint32_t i = 0; i < m_.types.size(); ++i) typeIndex_.emplace(typeKey(m_.types[i]), i);
    auto [it, added] = typeIndex_.emplace(typeKey(sig), uint32_t(m_.types.size()));
    if (added) m_.types.push_back(sig);
    return it->second;
  }
  static std::string typeKey(const FuncType& sig) {
    std::string key;
    for (ValType t : sig.params) key.push_back(char(t));
    key.push_back('>');
    for (ValType t : sig.results) key.push_back(char(t));
    return key;
  }
  uint32_t resolveTypeUse(const TypeUse& use) {
    if (!use.index) return findOrAppendType(use.sig);
    uint32_t idx = *use.index;
    if (idx >= m_.types.size()) {
      if (use.hasSig) fail(*use.typeToken, "unknown type " + std::to_string(idx));
      return idx;
    }
    if (use.hasSig && !(use.sig == m_.types[idx]))
      fail(*use.typeToken,
           "type use (type " + std::to_string(idx) + ") does not match its params/results");
    return idx;
  }
  // Starts the local index space of a function or import from its type use.
  void defineParams(const TypeUse& use, uint32_t typeIndex) {
    locals_ = Space();
    size_t count = typeIndex < m_.types.size() ? m_.types[typeIndex].params.size() : 0;
    for (uint32_t k = 0; k < count; ++k)
      define(locals_, k, k < use.paramNames.size() ? use.paramNames[k] : DeclName());
  }
  void storeLocalNames(uint32_t funcIndex, size_t numLocals) {
    locals_.names.resize(numLocals);
    if (m_.localNames.size() <= funcIndex) m_.localNames.resize(funcIndex + 1);
    m_.localNames[funcIndex] = std::move(locals_.names);
  }

  // ---- pass 1: collect ----

  void collectFields() {
    while (peek().kind == Kind::LParen) {
      size_t start = p_;
      try {
        collectField();
      } catch (ParseFailure& f) {
        deferred_.emplace(start, std::move(f.error));
      }
      p_ = t_[start].match + 1;
    }
  }
  void collectField() {
    const Token& kw = peek(1);
    if (isKeyword(kw, "type")) return parseTypeField();
    if (isKeyword(kw, "import")) return collectImport();
    next(), next();
    if (isKeyword(kw, "func")) {
      sawFunc_ = true;
      define(funcs_, uint32_t(m_.imports.size()) + numFuncFields_++, parseDecl());
    } else if (isKeyword(kw, "global")) {
      define(globals_, numGlobals_++, parseDecl());
    } else if (isKeyword(kw, "segment")) {
      define(segments_, numSegments_++, parseDecl());
    }
  }
  void parseTypeField() {
    next(), next();
    DeclName d = parseDecl();
    expectLParen();
    expectKeyword("func");
    FuncType sig;
    std::vector<DeclName> ignoredNames;
    while (atClause("param")) parseLocalClause(sig.params, ignoredNames);
    while (atClause("result")) parseResultClause(sig.results);
    expectRParen();
    expectRParen();
    m_.types.push_back(std::move(sig));
    define(types_, uint32_t(m_.types.size() - 1), d);
  }
  // Imports are added to m_.imports here (their types are resolved in pass 2) so that function
  // indices are known; an import after a function is an error.
  void collectImport() {
    const Token& kw = peek(1);
    if (sawFunc_) fail(kw, "import after function");
    next(), next();
    expectName("a module name");
    expectName("a field name");
    expectLParen();
    expectKeyword("func");
    m_.imports.emplace_back();
    define(funcs_, uint32_t(m_.imports.size() - 1), parseDecl());
  }

  // ---- pass 2: fields ----

  void parseField() {
    size_t start = p_;
    if (auto it = deferred_.find(start); it != deferred_.end()) throw ParseFailure{it->second};
    const Token& kw = peek(1);
    if (isKeyword(kw, "type")) return skipGroup();
    next(), next();
    if (isKeyword(kw, "import")) parseImport();
    else if (isKeyword(kw, "func")) parseFunction();
    else if (isKeyword(kw, "global")) parseGlobal();
    else if (isKeyword(kw, "segment")) parseSegment();
    else if (isKeyword(kw, "export")) parseExport();
    else if (isKeyword(kw, "start")) parseStart();
    else if (isKeyword(kw, "@custom")) parseCustom();
    else fail(kw, "unknown module field " + describe(kw));
    expectRParen();
  }

  void parseImport() {
    if (importsDone_ >= m_.imports.size()) fail(peek(), "internal error: import not collected");
    Import& imp = m_.imports[importsDone_];
    imp.module = expectName("a module name");
    imp.field = expectName("a field name");
    expectLParen();
    expectKeyword("func");
    parseDecl();
    TypeUse use = parseTypeUse();
    imp.type = resolveTypeUse(use);
    defineParams(use, imp.type);
    storeLocalNames(importsDone_, locals_.names.size());
    ++importsDone_;
    expectRParen();
  }
  void parseFunction() {
    uint32_t funcIndex = uint32_t(m_.imports.size()) + funcsDone_++;
    parseDecl();
    while (atClause("export")) {
      next(), next();
      m_.exports.push_back(Export{expectName("an export name"), funcIndex});
      expectRParen();
    }
    Function f;
    TypeUse use = parseTypeUse();
    f.type = resolveTypeUse(use);
    defineParams(use, f.type);
    parseLocals(f);
    parseBody(f);
    storeLocalNames(funcIndex, locals_.names.size());
    m_.functions.push_back(std::move(f));
  }
  void parseLocals(Function& f) {
    uint32_t first = uint32_t(locals_.names.size());
    while (atClause("local")) {
      std::vector<DeclName> names;
      size_t before = f.locals.size();
      parseLocalClause(f.locals, names);
      for (size_t k = 0; k < names.size(); ++k)
        define(locals_, uint32_t(first + before + k), names[k]);
    }
    locals_.names.resize(first + f.locals.size());
  }

  void parseGlobal() {
    Global g;
    parseDecl();
    if (atClause("mut")) {
      next(), next();
      g.type = parseValType();
      g.mut = true;
      expectRParen();
    } else {
      g.type = parseValType();
    }
    // Any one instruction is read (the validator says which are constant), without block
    // structure, so that whatever a binary holds prints and parses back.
    locals_ = Space();
    frames_.clear();
    inGlobalInit_ = true;
    g.init = parseInstr();
    inGlobalInit_ = false;
    m_.globals.push_back(std::move(g));
  }

  void parseSegment() {
    DataSegment s;
    parseDecl();
    expectClause("size");
    s.size = parseU32("a segment size");
    expectRParen();
    if (atClause("align")) {
      next(), next();
      const Token& tok = peek();
      if (tok.kind != Kind::Atom) fail(tok, "expected an alignment, found " + describe(tok));
      s.alignLog2 = parseAlignValue(tok, next().text);
      expectRParen();
    }
    if (atClause("readonly")) {
      next(), next();
      s.readOnly = true;
      expectRParen();
    }
    if (atClause("data")) {
      next(), next();
      while (peek().kind == Kind::String) {
        const std::string& bytes = next().value;
        s.init.insert(s.init.end(), bytes.begin(), bytes.end());
      }
      expectRParen();
    }
    while (atClause("reloc")) s.relocs.push_back(parseReloc());
    m_.segments.push_back(std::move(s));
  }
  void expectClause(std::string_view kw) {
    expectLParen();
    expectKeyword(kw);
  }
  Reloc parseReloc() {
    next(), next();
    Reloc r;
    r.offset = parseU32("a reloc offset");
    expectLParen();
    if (isKeyword(peek(), "func")) {
      next();
      r.kind = Reloc::Kind::Function;
      r.index = parseIndex(funcs_, "a function index");
    } else {
      expectKeyword("segment");
      r.kind = Reloc::Kind::Segment;
      r.index = parseIndex(segments_, "a segment index");
      if (peek().kind == Kind::Atom) r.addend = int32_t(parseAddend());
    }
    expectRParen();
    expectRParen();
    return r;
  }
  uint32_t parseAddend() {
    const Token& tok = next();
    uint32_t bits = 0;
    NumStatus st = text::parseI32(tok.text, bits);
    if (st == NumStatus::Syntax) fail(tok, "expected a reloc addend, found " + describe(tok));
    if (st == NumStatus::Range) fail(tok, "reloc addend out of range");
    return bits;
  }

  void parseExport() {
    Export e;
    e.name = expectName("an export name");
    expectLParen();
    expectKeyword("func");
    e.func = parseIndex(funcs_, "a function index");
    expectRParen();
    m_.exports.push_back(std::move(e));
  }

  void parseStart() {
    const Token& at = peek();
    uint32_t func = parseIndex(funcs_, "a function index");
    if (m_.start) fail(at, "multiple start fields");
    m_.start = func;
  }

  void parseCustom() {
    CustomSection c;
    c.name = expectName("a custom section name");
    if (atClause("after")) {
      next(), next();
      c.after = parseSectionName();
      expectRParen();
    }
    while (peek().kind == Kind::String) {
      const std::string& bytes = next().value;
      c.bytes.insert(c.bytes.end(), bytes.begin(), bytes.end());
    }
    m_.customs.push_back(std::move(c));
  }
  uint8_t parseSectionName() {
    const Token& tok = peek();
    if (tok.kind == Kind::Atom) {
      std::optional<uint8_t> id = text::sectionFromName(tok.text);
      uint32_t v = 0;
      if (!id && text::parseU32(tok.text, v) == NumStatus::Ok && v > 0 && v < 256) id = uint8_t(v);
      if (id) {
        next();
        return *id;
      }
    }
    fail(tok, "expected a section name, found " + describe(tok));
  }

  // ---- function bodies ----

  void parseBody(Function& f) {
    frames_.clear();
    while (peek().kind != Kind::RParen) f.body.push_back(parseInstr());
    if (!frames_.empty()) {
      const Frame& open = frames_.back();
      fail(peek(), "expected 'end' to close '" + std::string(name(open.op)) + "' opened at " +
                       std::to_string(open.at->line) + ":" + std::to_string(open.at->col));
    }
    Instr end;
    end.op = Opcode::End;
    f.body.push_back(end);
  }

  Instr parseInstr() {
    const Token& tok = peek();
    if (tok.kind != Kind::Atom) {
      std::string msg = "expected an instruction, found " + describe(tok);
      if (tok.kind == Kind::LParen) msg += " (folded instructions are not supported)";
      fail(tok, msg);
    }
    auto op = opcodeFromText(tok.text);
    if (!op) fail(tok, "unknown instruction '" + std::string(tok.text) + "'");
    next();
    Instr in;
    in.op = *op;
    parseImmediates(in, tok);
    return in;
  }

  void parseImmediates(Instr& in, const Token& opToken) {
    switch (info(in.op).imm) {
      case Imm::None: return parseStructure(in, opToken);
      case Imm::MemIdx: case Imm::MemCopy: return;
      case Imm::Block: return parseBlockStart(in, opToken);
      case Imm::Label: in.index = parseLabel(); return;
      case Imm::BrTable: return parseBrTable(in);
      case Imm::Func: in.index = parseIndex(funcs_, "a function index"); return;
      case Imm::Type: in.index = parseTypeRef(); return;
      case Imm::CallInd: return parseCallIndirect(in);
      case Imm::Local: in.index = parseIndex(locals_, "a local index"); return;
      case Imm::Global: in.index = parseIndex(globals_, "a global index"); return;
      case Imm::Segment: in.index = parseIndex(segments_, "a segment index"); return;
      case Imm::MemInit: case Imm::DataIdx: in.index = parseU32("a data index"); return;
      case Imm::MemArg: return parseMemArg(in);
      case Imm::Align: return parseStackAlign(in);
      case Imm::ConstI32: case Imm::ConstI64: case Imm::ConstF32: case Imm::ConstF64:
        return parseConst(in);
    }
  }

  // `(type idx)` or `idx` (call.handle).
  uint32_t parseTypeRef() {
    if (!atClause("type")) return parseIndex(types_, "a type index");
    next(), next();
    uint32_t idx = parseIndex(types_, "a type index");
    expectRParen();
    return idx;
  }
  void parseCallIndirect(Instr& in) {
    if (peek().kind == Kind::Atom) in.offset = parseU32("a table index");
    in.index = parseTypeRef();
  }

  void parseBrTable(Instr& in) {
    while (atLabel()) in.targets.push_back(parseLabel());
    if (in.targets.empty()) fail(peek(), "expected a label, found " + describe(peek()));
    in.index = in.targets.back();
    in.targets.pop_back();
  }

  // `offset=N`? `align=N`? in either order, each at most once.
  void parseMemArg(Instr& in) {
    in.align = text::naturalAlignLog2(info(in.op).accessBytes);
    bool sawOffset = false, sawAlign = false;
    while (peek().kind == Kind::Atom) {
      const Token& tok = peek();
      if (!sawOffset && tok.text.starts_with("offset=")) {
        sawOffset = true;
        uint32_t v = 0;
        NumStatus st = text::parseU32(tok.text.substr(7), v);
        if (st != NumStatus::Ok)
          fail(tok, st == NumStatus::Range ? "offset out of range" : "invalid offset");
        in.offset = v;
      } else if (!sawAlign && tok.text.starts_with("align=")) {
        sawAlign = true;
        in.align = parseAlignValue(tok, tok.text.substr(6));
      } else {
        break;
      }
      next();
    }
  }
  void parseStackAlign(Instr& in) {
    in.align = 0;
    if (peek().kind == Kind::Atom && peek().text.starts_with("align=")) {
      in.align = parseAlignValue(peek(), peek().text.substr(6));
      next();
    }
  }

  void parseBlockStart(Instr& in, const Token& opToken) {
    Frame frame{in.op, "", &opToken};
    if (peek().kind == Kind::Id) frame.label = next().value;
    TypeUse use = parseTypeUse();
    for (const DeclName& d : use.paramNames)
      if (d.present()) fail(opToken, "block parameters cannot be named");
    in.block = blockTypeOf(use);
    frames_.push_back(std::move(frame));
  }
  BlockType blockTypeOf(const TypeUse& use) {
    BlockType bt;
    if (!use.index && use.sig.params.empty() && use.sig.results.size() <= 1) {
      if (use.sig.results.empty()) return bt;
      bt.kind = BlockType::Kind::Value;
      bt.value = use.sig.results[0];
      return bt;
    }
    bt.kind = BlockType::Kind::TypeIndex;
    bt.typeIndex = resolveTypeUse(use);
    return bt;
  }

  // else / end: check and update the block structure, with an optional matching label.
  void parseStructure(Instr& in, const Token& opToken) {
    if (inGlobalInit_) return;
    if (in.op == Opcode::Else) {
      if (frames_.empty() || frames_.back().op != Opcode::If || frames_.back().sawElse)
        fail(opToken, "'else' without matching 'if'");
      frames_.back().sawElse = true;
      checkEndLabel();
    } else if (in.op == Opcode::End) {
      if (frames_.empty()) fail(opToken, "'end' without matching block");
      checkEndLabel();
      frames_.pop_back();
    }
  }
  void checkEndLabel() {
    if (peek().kind != Kind::Id) return;
    const Token& tok = next();
    if (tok.value != frames_.back().label)
      fail(tok, "mismatching label " + std::string(tok.text) +
                    (frames_.back().label.empty() ? " (the block has no label)" : ""));
  }

  // ---- names ----

  void finishNames() {
    uint32_t numFuncs = m_.numFunctions();
    m_.typeNames = std::move(types_.names);
    m_.typeNames.resize(m_.types.size());
    m_.funcNames = std::move(funcs_.names);
    m_.funcNames.resize(numFuncs);
    m_.globalNames = std::move(globals_.names);
    m_.globalNames.resize(m_.globals.size());
    m_.segmentNames = std::move(segments_.names);
    m_.segmentNames.resize(m_.segments.size());
    m_.localNames.resize(numFuncs);
  }
};

}  // namespace

std::optional<Error> parseText(std::string_view text, Module& out) {
  out = Module();
  std::vector<Token> tokens;
  if (auto err = text::tokenize(text, tokens)) return err;
  try {
    Parser(std::move(tokens), out).parseModule();
  } catch (ParseFailure& f) {
    return std::move(f.error);
  }
  return std::nullopt;
}

}  // namespace mswasm
