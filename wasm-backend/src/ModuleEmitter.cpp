// generateModule: the module-level part of the code generator.
// Assigns the function index space (host imports first, then definitions), turns every defined
// global variable into its own data segment (initial bytes plus relocations for the handles in
// its initialiser), emits each function with FunctionEmitter, exports `_start` and functions
// marked export_name, and writes the name and `mswasm.loc` sections.
#include "Emitter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Operator.h"
#include "mswasm/backend/CodeGen.h"

namespace mswasm::backend {

uint32_t ModuleContext::typeIndex(const FuncType& t) {
  auto key = std::make_pair(t.params, t.results);
  auto it = typeMap_.find(key);
  if (it != typeMap_.end()) return it->second;
  uint32_t index = uint32_t(out.types.size());
  out.types.push_back(t);
  typeMap_[key] = index;
  return index;
}

bool ModuleContext::valType(llvm::Type* t, ValType& vt) const {
  if (t->isPointerTy()) { vt = ValType::Handle; return true; }
  if (t->isFloatTy()) { vt = ValType::F32; return true; }
  if (t->isDoubleTy()) { vt = ValType::F64; return true; }
  if (t->isIntegerTy()) {
    unsigned w = t->getIntegerBitWidth();
    if (w <= 32) { vt = ValType::I32; return true; }
    if (w <= 64) { vt = ValType::I64; return true; }
  }
  return false;
}

static std::string typeName(llvm::Type* t) {
  std::string s;
  llvm::raw_string_ostream os(s);
  t->print(os);
  return s;
}

bool ModuleContext::signature(llvm::FunctionType* ft, FuncType& sig, const llvm::Twine& where) {
  if (ft->isVarArg()) {
    error(where + ": variadic function type survived legalisation");
    return false;
  }
  for (llvm::Type* p : ft->params()) {
    ValType vt;
    if (!valType(p, vt)) {
      error(where + ": parameter of unsupported type " + typeName(p));
      return false;
    }
    sig.params.push_back(vt);
  }
  llvm::Type* r = ft->getReturnType();
  if (!r->isVoidTy()) {
    ValType vt;
    if (!valType(r, vt)) {
      error(where + ": return value of unsupported type " + typeName(r));
      return false;
    }
    sig.results.push_back(vt);
  }
  return true;
}

void ModuleContext::error(const llvm::Instruction* at, const llvm::Twine& msg) {
  std::string prefix;
  if (at) {
    if (const llvm::DebugLoc& loc = at->getDebugLoc()) {
      prefix = (loc->getFilename() + ":" + llvm::Twine(loc.getLine()) + ":" + llvm::Twine(loc.getCol()) + ": ").str();
    }
    prefix += ("in function '" + at->getFunction()->getName() + "': ").str();
  }
  errors_.push_back(prefix + msg.str());
}

namespace {

void appendU32(std::vector<uint8_t>& out, uint32_t v) {
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    out.push_back(v ? (b | 0x80) : b);
  } while (v);
}

void appendName(std::vector<uint8_t>& out, llvm::StringRef s) {
  appendU32(out, uint32_t(s.size()));
  out.insert(out.end(), s.begin(), s.end());
}

// Writes a global's initialiser into a data segment's bytes and relocations.
class InitWriter {
 public:
  InitWriter(ModuleContext& mc, const llvm::GlobalVariable& gv, DataSegment& seg)
      : mc_(mc), gv_(gv), seg_(seg) {}

  void write(const llvm::Constant* c, uint64_t offset) {
    if (llvm::isa<llvm::UndefValue>(c) || llvm::isa<llvm::ConstantAggregateZero>(c) ||
        llvm::isa<llvm::ConstantPointerNull>(c))
      return;
    llvm::Type* t = c->getType();
    if (auto* ci = llvm::dyn_cast<llvm::ConstantInt>(c)) {
      unsigned bytes = unsigned(mc_.dl.getTypeStoreSize(t));
      llvm::APInt v = ci->getValue().zextOrTrunc(bytes * 8);
      for (unsigned i = 0; i < bytes; ++i) put(offset + i, uint8_t(v.extractBitsAsZExtValue(8, i * 8)));
      return;
    }
    if (auto* cf = llvm::dyn_cast<llvm::ConstantFP>(c)) {
      llvm::APInt v = cf->getValueAPF().bitcastToAPInt();
      for (unsigned i = 0; i < v.getBitWidth() / 8; ++i) put(offset + i, uint8_t(v.extractBitsAsZExtValue(8, i * 8)));
      return;
    }
    if (auto* cds = llvm::dyn_cast<llvm::ConstantDataSequential>(c)) {
      uint64_t stride = mc_.dl.getTypeAllocSize(cds->getElementType());
      for (unsigned i = 0; i < cds->getNumElements(); ++i) write(cds->getElementAsConstant(i), offset + i * stride);
      return;
    }
    if (auto* ca = llvm::dyn_cast<llvm::ConstantArray>(c)) {
      uint64_t stride = mc_.dl.getTypeAllocSize(ca->getType()->getElementType());
      for (unsigned i = 0; i < ca->getNumOperands(); ++i) write(ca->getOperand(i), offset + i * stride);
      return;
    }
    if (auto* cs = llvm::dyn_cast<llvm::ConstantStruct>(c)) {
      const llvm::StructLayout* layout = mc_.dl.getStructLayout(cs->getType());
      for (unsigned i = 0; i < cs->getNumOperands(); ++i)
        write(cs->getOperand(i), offset + layout->getElementOffset(i));
      return;
    }
    if (t->isPointerTy()) return writePointer(c, offset);
    if (auto* ce = llvm::dyn_cast<llvm::ConstantExpr>(c); ce && ce->getOpcode() == llvm::Instruction::PtrToInt) {
      fail("the address of a global is used as an integer constant; MSWasm assigns addresses when the "
           "module starts, so compute it at run time");
      return;
    }
    fail("unsupported constant in initialiser");
  }

 private:
  void put(uint64_t offset, uint8_t byte) {
    if (offset >= seg_.size) return;
    if (seg_.init.size() <= offset) seg_.init.resize(offset + 1, 0);
    seg_.init[offset] = byte;
  }

  void writePointer(const llvm::Constant* c, uint64_t offset) {
    if (auto* ce = llvm::dyn_cast<llvm::ConstantExpr>(c); ce && ce->getOpcode() == llvm::Instruction::IntToPtr) {
      // A pointer made from an integer: its address bytes, with no authority (docs/spec.md).
      if (auto* ci = llvm::dyn_cast<llvm::ConstantInt>(ce->getOperand(0))) {
        uint32_t addr = uint32_t(ci->getValue().trunc(32).getZExtValue());  // Clang writes i128
        for (unsigned i = 0; i < 4; ++i) put(offset + i, uint8_t(addr >> (8 * i)));
        return;
      }
    }
    if (offset % 16 != 0) {
      fail("pointer at offset " + std::to_string(offset) + " is not 16-byte aligned");
      return;
    }
    llvm::APInt off(32, 0);
    const llvm::Value* base = c->stripAndAccumulateConstantOffsets(mc_.dl, off, /*AllowNonInbounds=*/true);
    if (auto* ga = llvm::dyn_cast<llvm::GlobalAlias>(base)) base = ga->getAliaseeObject();
    Reloc r;
    r.offset = uint32_t(offset);
    if (auto* target = llvm::dyn_cast<llvm::GlobalVariable>(base)) {
      auto it = mc_.segIndex.find(target);
      if (it == mc_.segIndex.end()) return fail("undefined symbol: " + target->getName().str());
      r.kind = Reloc::Kind::Segment;
      r.index = it->second;
      r.addend = int32_t(off.getSExtValue());
    } else if (auto* fn = llvm::dyn_cast<llvm::Function>(base)) {
      auto it = mc_.funcIndex.find(fn);
      if (it == mc_.funcIndex.end()) return fail("undefined symbol: " + fn->getName().str());
      if (!off.isZero()) return fail("offset from a function address in an initialiser");
      r.kind = Reloc::Kind::Function;
      r.index = it->second;
    } else {
      return fail("unsupported pointer constant in initialiser");
    }
    seg_.relocs.push_back(r);
  }

  void fail(const std::string& msg) {
    mc_.error("in the initialiser of '" + gv_.getName() + "': " + msg);
  }

  ModuleContext& mc_;
  const llvm::GlobalVariable& gv_;
  DataSegment& seg_;
};

bool isHostImport(const llvm::Function& f) { return f.hasFnAttribute("wasm-import-module"); }

}  // namespace

}  // namespace mswasm::backend

namespace mswasm {

bool generateModule(llvm::Module& m, const CodeGenOptions& opts, Module& out,
                    std::vector<std::string>& errors) {
  using namespace backend;
  ModuleContext mc(m, out, errors);

  // Function index space: host imports, then definitions.
  std::vector<llvm::Function*> defined;
  for (llvm::Function& f : m) {
    if (f.isIntrinsic()) continue;
    if (f.isDeclaration()) {
      if (isHostImport(f)) {
        FuncType sig;
        if (!mc.signature(f.getFunctionType(), sig, "import '" + f.getName() + "'")) continue;
        Import imp;
        imp.module = f.getFnAttribute("wasm-import-module").getValueAsString().str();
        imp.field = f.hasFnAttribute("wasm-import-name")
                        ? f.getFnAttribute("wasm-import-name").getValueAsString().str()
                        : f.getName().str();
        imp.type = mc.typeIndex(sig);
        mc.funcIndex[&f] = uint32_t(out.imports.size());
        out.imports.push_back(imp);
        out.funcNames.push_back(f.getName().str());
      } else if (!f.use_empty() && !f.getName().starts_with("__mswasm_")) {
        mc.error("undefined symbol: " + f.getName());
      }
      continue;
    }
    defined.push_back(&f);
  }
  for (llvm::Function* f : defined) {
    mc.funcIndex[f] = uint32_t(out.imports.size() + out.functions.size());
    Function fn;
    FuncType sig;
    if (!mc.signature(f->getFunctionType(), sig, "function '" + f->getName() + "'")) continue;
    fn.type = mc.typeIndex(sig);
    out.functions.push_back(std::move(fn));
    // Reports show the name the programmer wrote: Clang calls `main(int, char **)`
    // __main_argc_argv, and the debug info keeps "main".
    llvm::DISubprogram* sp = f->getSubprogram();
    out.funcNames.push_back(sp && !sp->getName().empty() ? sp->getName().str() : f->getName().str());
  }

  // One segment per defined global.
  std::vector<llvm::GlobalVariable*> globals;
  for (llvm::GlobalVariable& gv : m.globals()) {
    if (gv.getName().starts_with("llvm.")) continue;
    if (gv.isDeclaration()) {
      if (!gv.use_empty()) mc.error("undefined symbol: " + gv.getName());
      continue;
    }
    mc.segIndex[&gv] = uint32_t(out.segments.size());
    DataSegment seg;
    uint64_t size = mc.dl.getTypeAllocSize(gv.getValueType());
    if (size > 0x7fffffff) {
      mc.error("global '" + gv.getName() + "' is larger than 2 GiB");
      continue;
    }
    seg.size = uint32_t(size);
    uint64_t align = std::max<uint64_t>(gv.getAlign() ? gv.getAlign()->value() : 1,
                                        mc.dl.getPrefTypeAlign(gv.getValueType()).value());
    seg.alignLog2 = std::min<uint32_t>(16, uint32_t(llvm::Log2_64(align)));
    seg.readOnly = gv.isConstant();
    out.segments.push_back(std::move(seg));
    out.segmentNames.push_back(gv.getName().str());
    globals.push_back(&gv);
  }
  if (mc.failed()) return false;
  for (llvm::GlobalVariable* gv : globals) {
    if (gv->hasInitializer()) {
      InitWriter w(mc, *gv, out.segments[mc.segIndex[gv]]);
      w.write(gv->getInitializer(), 0);
    }
  }

  // Function bodies, with their source locations.
  std::vector<std::string> files;
  llvm::StringMap<uint32_t> fileIndex;
  std::vector<uint8_t> locBody;
  uint32_t locFuncs = 0;
  for (size_t k = 0; k < defined.size(); ++k) {
    llvm::Function* f = defined[k];
    Function& fn = out.functions[k];
    std::vector<std::pair<uint32_t, llvm::DebugLoc>> locs;
    FunctionEmitter fe(mc, *f, fn, locs);
    fe.run();
    if (locs.empty()) continue;
    ++locFuncs;
    appendU32(locBody, mc.funcIndex[f]);
    appendU32(locBody, uint32_t(locs.size()));
    // One position per inlining level: the instruction's own (in the inlined function), then
    // each call site it was inlined at (docs/spec.md, "Source locations").
    auto intern = [&](const std::string& str) {
      auto [it, inserted] = fileIndex.try_emplace(str, uint32_t(files.size()));
      if (inserted) files.push_back(str);
      return it->second;
    };
    auto fileOf = [&](const llvm::DILocation* l) {
      std::string file = l->getFilename().str();
      if (!l->getDirectory().empty() && !file.empty() && file[0] != '/') file = l->getDirectory().str() + "/" + file;
      return intern(file);
    };
    // The source function a position is in: 0 when it is the emitted function itself.
    auto scopeOf = [&](const llvm::DILocation* l) -> uint32_t {
      llvm::DISubprogram* sp = l->getScope() ? l->getScope()->getSubprogram() : nullptr;
      if (!sp || sp == f->getSubprogram()) return 0;
      return intern(sp->getName().str()) + 1;
    };
    auto position = [&](const llvm::DILocation* l) {
      appendU32(locBody, fileOf(l));
      appendU32(locBody, l->getLine());
      appendU32(locBody, l->getColumn());
      appendU32(locBody, scopeOf(l));
    };
    for (auto& [instr, loc] : locs) {
      const llvm::DILocation* l = loc.get();
      appendU32(locBody, instr);
      position(l);
      std::vector<const llvm::DILocation*> chain;
      for (const llvm::DILocation* at = l->getInlinedAt(); at; at = at->getInlinedAt()) chain.push_back(at);
      appendU32(locBody, uint32_t(chain.size()));
      for (const llvm::DILocation* at : chain) position(at);
    }
  }
  if (mc.failed()) return false;
  if (locFuncs) {
    CustomSection loc;
    loc.name = "mswasm.loc";
    loc.after = section::Code;
    appendU32(loc.bytes, uint32_t(files.size()));
    for (auto& f : files) appendName(loc.bytes, f);
    appendU32(loc.bytes, locFuncs);
    loc.bytes.insert(loc.bytes.end(), locBody.begin(), locBody.end());
    out.customs.push_back(std::move(loc));
  }

  // Compilation hints (docs/spec.md, "Compilation hints"): functions built for the smallest
  // code (-Oz) or marked cold compile fast on the native tier.
  {
    std::vector<uint8_t> hintBody;
    uint32_t hinted = 0;
    for (llvm::Function* f : defined)
      if (f->hasMinSize() || f->hasFnAttribute(llvm::Attribute::Cold)) {
        appendU32(hintBody, mc.funcIndex[f]);
        hintBody.push_back(1);  // compile-fast
        ++hinted;
      }
    if (hinted) {
      CustomSection hints;
      hints.name = "mswasm.hints";
      hints.after = section::Code;
      appendU32(hints.bytes, hinted);
      hints.bytes.insert(hints.bytes.end(), hintBody.begin(), hintBody.end());
      out.customs.push_back(std::move(hints));
    }
  }

  // Exports: the entry point, functions marked export_name, and those asked for.
  auto exportFn = [&](llvm::Function* f, const std::string& name) {
    for (auto& e : out.exports)
      if (e.name == name) return;
    out.exports.push_back({name, mc.funcIndex[f]});
  };
  for (llvm::Function* f : defined) {
    if (f->getName() == "_start") exportFn(f, "_start");
    if (f->hasFnAttribute("wasm-export-name"))
      exportFn(f, f->getFnAttribute("wasm-export-name").getValueAsString().str());
  }
  for (const std::string& name : opts.exports) {
    llvm::Function* f = m.getFunction(name);
    if (!f || f->isDeclaration()) mc.error("cannot export '" + name + "': no such function");
    else exportFn(f, name);
  }
  if (!opts.startFunction.empty())
    if (llvm::Function* f = m.getFunction(opts.startFunction); f && !f->isDeclaration() && mc.funcIndex.count(f))
      out.start = mc.funcIndex[f];
  out.localNames.resize(out.funcNames.size());
  return !mc.failed();
}

}  // namespace mswasm
