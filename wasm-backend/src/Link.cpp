// The whole-program link, in the manner of an LTO linker:
//  1. every bitcode object is linked into one module (duplicate definitions are errors);
//  2. archive members are pulled in while they define a symbol still undefined; after
//     optimisation a second round brings in what the optimiser or the code generator calls
//     (malloc+memset -> calloc, frem -> fmod), optimising again if it linked anything;
//  3. calls whose type differs from the callee's definition (old-style C) are warnings that name
//     both types; the code generator routes them through a code handle so the engine traps if one
//     is executed;
//  4. everything but the entry point and exports is internalised, the optimisation pipeline runs
//     on the whole program at the requested level (Optimize.cpp), unused library code is dropped;
//  5. legalisation, code generation, and the module is written (a program after its "#!"
//     interpreter line, with the execute bits, so it runs by itself).
#include "mswasm/backend/Link.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>

#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Linker/Linker.h"
#include "llvm/Object/Archive.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/Transforms/IPO/AlwaysInliner.h"
#include "llvm/Transforms/IPO/GlobalDCE.h"
#include "llvm/Transforms/IPO/Internalize.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"
#include "LibCalls.h"
#include "mswasm/backend/BugHunting.h"
#include "mswasm/backend/CodeGen.h"
#include "mswasm/backend/Optimize.h"
#include "mswasm/binary.h"
#include "mswasm/module.h"
#include "mswasm/text.h"
#include "mswasm/validate.h"

namespace mswasm {
namespace {

void error(const llvm::Twine& msg) { llvm::errs() << "mswasm-cc: error: " << msg << "\n"; }
void warning(const llvm::Twine& msg) { llvm::errs() << "mswasm-cc: warning: " << msg << "\n"; }

// Library calls LLVM's optimiser can create from calls the program already makes (printf("x")
// -> putchar, malloc + memset -> calloc, pow(2, x) -> exp2...). Their definitions are linked
// before optimising, like the functions the program calls: linking them afterwards would bypass
// what they define strongly over libc's weak defaults (stdio's __stdio_exit flush hook).
const std::pair<const char*, const char*> kOptimiserCalls[] = {
    {"printf", "putchar"}, {"vprintf", "putchar"}, {"malloc", "calloc"},
    {"pow", "exp2"},       {"pow", "sqrt"},         {"exp2", "ldexp"},
    {"powf", "exp2f"},     {"powf", "sqrtf"},       {"exp2f", "ldexpf"}};

struct Member {
  std::string name;
  bool programCode = true;        // false for libc: the bug-hunting options leave it alone
  llvm::MemoryBufferRef bitcode;  // parsed again each time it is linked
  std::set<std::string> defines;
};

class ProgramLinker {
 public:
  explicit ProgramLinker(const LinkOptions& opts) : opts_(opts) {
    ctx_.setDiagnosticHandlerCallBack(
        [](const llvm::DiagnosticInfo* di, void* self) {
          std::string msg;
          llvm::raw_string_ostream os(msg);
          llvm::DiagnosticPrinterRawOStream dp(os);
          di->print(dp);
          if (di->getSeverity() == llvm::DS_Error) {
            error(msg);
            static_cast<ProgramLinker*>(self)->failed_ = true;
          } else if (di->getSeverity() == llvm::DS_Warning) {
            warning(msg);
          }
        },
        this);
  }

  bool run();

 private:
  bool addInput(const std::string& path);
  bool linkModule(std::unique_ptr<llvm::Module> m, const std::string& from, bool programCode);
  // Links archive members defining a symbol in `wanted` or one still undefined, until nothing
  // changes. Returns false on a link error; *linked counts the members linked.
  bool resolveArchives(const std::set<std::string>& wanted, unsigned* linked);
  void internalize();
  void removeDeadGlobals(const std::vector<llvm::GlobalValue*>& keep);
  void warnMismatchedCalls();
  void optimize();
  std::set<std::string> undefinedSymbols() const;
  bool reportUndefined();

  const LinkOptions& opts_;
  llvm::LLVMContext ctx_;
  std::unique_ptr<llvm::Module> program_;
  std::unique_ptr<llvm::Linker> linker_;
  std::vector<std::vector<Member>> archives_;
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> buffers_;
  bool failed_ = false;
  // Functions the module exports: --export=NAME, and in library mode the program's own
  // external functions (in link order) plus malloc and free.
  std::vector<std::string> exports_;
  void addExport(const std::string& name) {
    if (std::find(exports_.begin(), exports_.end(), name) == exports_.end()) exports_.push_back(name);
  }
};

std::unique_ptr<llvm::Module> parseBitcode(llvm::MemoryBufferRef buf, llvm::LLVMContext& ctx,
                                           const std::string& what) {
  llvm::Expected<std::unique_ptr<llvm::Module>> m = llvm::parseBitcodeFile(buf, ctx);
  if (!m) {
    error(what + ": not an MSWasm object (LLVM bitcode from mswasm-cc -c): " + llvm::toString(m.takeError()));
    return nullptr;
  }
  return std::move(*m);
}

bool ProgramLinker::linkModule(std::unique_ptr<llvm::Module> m, const std::string& from, bool programCode) {
  llvm::Triple t(m->getTargetTriple());
  if (t.getArch() != llvm::Triple::wasm32 || m->getDataLayout() != program_->getDataLayout()) {
    error(from + ": object was not compiled by mswasm-cc (target '" + m->getTargetTriple() + "')");
    return false;
  }
  if (programCode) markForBugHunting(*m, opts_.keepAccesses, opts_.fieldBounds);
  if (programCode && opts_.library)
    for (llvm::Function& f : *m)
      if (!f.isDeclaration() && !f.hasLocalLinkage() && f.hasDefaultVisibility() && !f.isIntrinsic() &&
          !f.getName().starts_with("__mswasm_") && f.getName() != "_start")
        addExport(f.getName().str());
  if (linker_->linkInModule(std::move(m)) || failed_) {
    error("while linking " + from);
    return false;
  }
  return true;
}

bool ProgramLinker::addInput(const std::string& path) {
  auto buf = llvm::MemoryBuffer::getFile(path);
  if (!buf) {
    error("cannot read '" + path + "': " + buf.getError().message());
    return false;
  }
  llvm::MemoryBufferRef ref = (*buf)->getMemBufferRef();
  buffers_.push_back(std::move(*buf));
  if (ref.getBuffer().starts_with("!<arch>\n")) {
    auto archive = llvm::object::Archive::create(ref);
    if (!archive) {
      error("'" + path + "': " + llvm::toString(archive.takeError()));
      return false;
    }
    std::vector<Member> members;
    llvm::Error err = llvm::Error::success();
    for (const llvm::object::Archive::Child& child : (*archive)->children(err)) {
      auto name = child.getName();
      auto mb = child.getMemoryBufferRef();
      if (!name || !mb) {
        error("'" + path + "': unreadable archive member");
        llvm::consumeError(name.takeError());
        llvm::consumeError(mb.takeError());
        return false;
      }
      if (name->starts_with("/") || name->starts_with("__.SYMDEF")) continue;  // symbol index
      Member member;
      member.name = path + "(" + name->str() + ")";
      member.bitcode = *mb;
      member.programCode = path != opts_.libc;
      std::unique_ptr<llvm::Module> m = parseBitcode(*mb, ctx_, member.name);
      if (!m) return false;
      for (llvm::GlobalValue& gv : m->global_values())
        if (!gv.isDeclaration() && !gv.hasLocalLinkage()) member.defines.insert(gv.getName().str());
      members.push_back(std::move(member));
    }
    if (err) {
      error("'" + path + "': " + llvm::toString(std::move(err)));
      return false;
    }
    archives_.push_back(std::move(members));
    return true;
  }
  auto m = parseBitcode(ref, ctx_, path);
  return m && linkModule(std::move(m), path, path != opts_.libc);
}

std::set<std::string> ProgramLinker::undefinedSymbols() const {
  std::set<std::string> out;
  // The entry point comes from libc's start-up code unless the program defines it.
  if (!opts_.noEntry) {
    llvm::Function* start = program_->getFunction("_start");
    if (!start || start->isDeclaration()) out.insert("_start");
  }
  for (const llvm::GlobalValue& gv : program_->global_values()) {
    if (!gv.isDeclaration() || gv.use_empty() || gv.getName().starts_with("llvm.") ||
        gv.getName().starts_with("__mswasm_"))
      continue;
    if (auto* f = llvm::dyn_cast<llvm::Function>(&gv); f && (f->isIntrinsic() || f->hasFnAttribute("wasm-import-module")))
      continue;
    out.insert(gv.getName().str());
  }
  return out;
}

bool ProgramLinker::resolveArchives(const std::set<std::string>& extra, unsigned* linked) {
  auto wantedNow = [&] {
    std::set<std::string> wanted = undefinedSymbols();
    wanted.insert(extra.begin(), extra.end());
    for (auto [uses, calls] : kOptimiserCalls)
      if (llvm::GlobalValue* gv = program_->getNamedValue(uses); gv && !gv->isDeclaration()) wanted.insert(calls);
    return wanted;
  };
  bool changed = true;
  while (changed) {
    changed = false;
    std::set<std::string> wanted = wantedNow();
    for (auto& members : archives_) {
      for (Member& member : members) {
        bool needed = false;
        for (const std::string& s : member.defines) {
          llvm::GlobalValue* have = program_->getNamedValue(s);
          if (wanted.count(s) && (!have || have->isDeclaration())) needed = true;
        }
        if (!needed) continue;
        std::unique_ptr<llvm::Module> m = parseBitcode(member.bitcode, ctx_, member.name);
        if (!m || !linkModule(std::move(m), member.name, member.programCode)) return false;
        ++*linked;
        changed = true;
        wanted = wantedNow();
      }
    }
  }
  return true;
}

std::string typeString(llvm::Type* t) {
  std::string s;
  llvm::raw_string_ostream os(s);
  t->print(os);
  return s;
}

void ProgramLinker::warnMismatchedCalls() {
  std::set<std::string> reported;
  for (llvm::Function& f : *program_) {
    for (llvm::Instruction& i : llvm::instructions(f)) {
      auto* call = llvm::dyn_cast<llvm::CallBase>(&i);
      auto* callee = call ? llvm::dyn_cast<llvm::Function>(call->getCalledOperand()) : nullptr;
      if (!callee || callee->isDeclaration() || callee->getFunctionType() == call->getFunctionType()) continue;
      if (!reported.insert(callee->getName().str() + "/" + f.getName().str()).second) continue;
      std::string where;
      if (const llvm::DebugLoc& loc = i.getDebugLoc())
        where = (loc->getFilename() + ":" + llvm::Twine(loc.getLine()) + ": ").str();
      warning(where + "in '" + f.getName() + "': call to '" + callee->getName() + "' as '" +
              typeString(call->getFunctionType()) + "' but it is defined as '" +
              typeString(callee->getFunctionType()) + "'; the call traps if executed");
    }
  }
}

// Internalises everything but the entry point and the exports.
void ProgramLinker::internalize() {
  std::set<std::string> keep = {"_start"};
  for (const std::string& e : exports_) keep.insert(e);
  for (llvm::Function& f : *program_)
    if (f.hasFnAttribute("wasm-export-name")) keep.insert(f.getName().str());
  llvm::internalizeModule(*program_, [&](const llvm::GlobalValue& gv) {
    return keep.count(gv.getName().str()) || gv.isDeclaration();
  });
}

void ProgramLinker::removeDeadGlobals(const std::vector<llvm::GlobalValue*>& keep) {
  llvm::appendToCompilerUsed(*program_, keep);
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb;
  pb.registerModuleAnalyses(mam);
  llvm::ModulePassManager dce;
  dce.addPass(llvm::GlobalDCEPass());
  dce.run(*program_, mam);
  if (llvm::GlobalVariable* used = program_->getNamedGlobal("llvm.compiler.used")) used->eraseFromParent();
}

// Library code the program does not use is dropped before optimisation, so build time does not
// grow with libc; the companions of kOptimiserCalls stay (in llvm.compiler.used) through it.
// What the code generator needs for what is left (frem -> fmod, 128-bit division helpers) is
// resolved in a second round; if that links anything, the pipeline runs again so the new code
// is optimised too.
void ProgramLinker::optimize() {
  internalize();
  std::vector<llvm::GlobalValue*> companions;
  for (auto [uses, calls] : kOptimiserCalls)
    if (llvm::Function* f = program_->getFunction(calls); f && !f->isDeclaration()) companions.push_back(f);
  removeDeadGlobals(companions);
  llvm::appendToCompilerUsed(*program_, companions);
  optimizeModule(*program_, opts_.optLevel, opts_.sizeLevel);
  if (llvm::GlobalVariable* used = program_->getNamedGlobal("llvm.compiler.used")) used->eraseFromParent();
  std::set<std::string> needed = backend::libcallsNeeded(*program_);
  unsigned linked = 0;
  if (!resolveArchives(needed, &linked)) return;
  auto neededDefinitions = [&] {
    std::vector<llvm::GlobalValue*> keep;
    for (const std::string& name : needed)
      if (llvm::Function* f = program_->getFunction(name); f && !f->isDeclaration()) keep.push_back(f);
    return keep;
  };
  if (linked) {
    // The code generator's helpers have no callers until legalisation: keep them alive.
    internalize();
    llvm::appendToCompilerUsed(*program_, neededDefinitions());
    optimizeModule(*program_, opts_.optLevel, opts_.sizeLevel);
    if (llvm::GlobalVariable* used = program_->getNamedGlobal("llvm.compiler.used")) used->eraseFromParent();
    needed = backend::libcallsNeeded(*program_);
  }
  removeDeadGlobals(neededDefinitions());
}

// Opens `path` for writing as a linker does: an existing regular file is removed first (so a
// running program is never rewritten in place, and the new file gets the new mode), then the
// file is created with `mode` less the umask. "-" is standard output.
std::unique_ptr<llvm::raw_fd_ostream> openOutput(const std::string& path, unsigned mode) {
  std::error_code ec;
  std::unique_ptr<llvm::raw_fd_ostream> os;
  if (path == "-") {
    os = std::make_unique<llvm::raw_fd_ostream>(path, ec, llvm::sys::fs::OF_None);
  } else {
    llvm::sys::fs::file_status st;
    if (!llvm::sys::fs::status(path, st) && llvm::sys::fs::is_regular_file(st)) ec = llvm::sys::fs::remove(path);
    int fd = -1;
    if (!ec) ec = llvm::sys::fs::openFileForWrite(path, fd, llvm::sys::fs::CD_CreateAlways, llvm::sys::fs::OF_None, mode);
    if (!ec) os = std::make_unique<llvm::raw_fd_ostream>(fd, /*shouldClose=*/true);
  }
  if (ec) {
    error("cannot write '" + path + "': " + ec.message());
    return nullptr;
  }
  return os;
}

bool writeModule(const Module& m, const std::string& path, bool text, const std::string& interpreter) {
  bool runnable = !text && !interpreter.empty();
  std::unique_ptr<llvm::raw_fd_ostream> os = openOutput(path, runnable ? 0777 : 0666);
  if (!os) return false;
  if (text) {
    *os << printText(m);
  } else {
    if (runnable) *os << "#!" << interpreter << " run\n";
    std::vector<uint8_t> bytes = writeBinary(m);
    os->write(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  }
  if (path == "-") os->flush();
  else os->close();  // a write error may show only when the file is closed
  if (os->has_error()) {
    error("cannot write '" + path + "': " + os->error().message());
    os->clear_error();
    return false;
  }
  return true;
}

bool generateAndWrite(llvm::Module& m, const CodeGenOptions& cg, const std::string& output, bool text,
                      const std::string& interpreter = "") {
  std::vector<std::string> errors;
  if (!legalizeModule(m, errors)) {
    for (auto& e : errors) error(e);
    return false;
  }
  std::string verifyMsg;
  llvm::raw_string_ostream vs(verifyMsg);
  if (llvm::verifyModule(m, &vs)) {
    error("internal error: legalised IR does not verify:\n" + verifyMsg);
    return false;
  }
  Module out;
  if (!generateModule(m, cg, out, errors)) {
    for (auto& e : errors) error(e);
    return false;
  }
  // The engine validates every module it loads; a code generator bug must show up here, with
  // the function's name, not as a load error later.
  std::vector<Error> invalid = validate(out);
  for (const Error& e : invalid) {
    std::string where = e.where == Error::Where::Instr && e.func < out.funcNames.size()
                            ? " (function '" + out.funcNames[e.func] + "')" : "";
    error("internal error: the generated module is invalid: " + e.str() + where);
  }
  if (!invalid.empty()) return false;
  return writeModule(out, output, text, interpreter);
}

bool ProgramLinker::reportUndefined() {
  std::set<std::string> undefined = undefinedSymbols();
  if (opts_.allowUndefined) {
    // --allow-undefined: the host provides them (module "env", field = the symbol's name).
    for (auto it = undefined.begin(); it != undefined.end();) {
      llvm::Function* f = program_->getFunction(*it);
      if (f && f->isDeclaration()) {
        f->addFnAttr("wasm-import-module", "env");
        it = undefined.erase(it);
      } else {
        ++it;
      }
    }
  }
  for (const std::string& s : undefined) {
    // Say who needs the symbol, so the user knows which file to fix.
    std::string user;
    if (llvm::GlobalValue* gv = program_->getNamedValue(s))
      for (llvm::User* u : gv->users())
        if (auto* i = llvm::dyn_cast<llvm::Instruction>(u)) {
          user = (" (referenced from '" + i->getFunction()->getName() + "')").str();
          break;
        }
    error("undefined symbol: " + s + user);
  }
  return undefined.empty();
}

bool ProgramLinker::run() {
  program_ = std::make_unique<llvm::Module>("mswasm-program", ctx_);
  program_->setTargetTriple("wasm32-unknown-unknown");
  program_->setDataLayout("e-m:e-p200:128:128:128:32-A200-G200-P200-ni:200-i64:64-i128:128-n32:64-S128");
  linker_ = std::make_unique<llvm::Linker>(*program_);
  for (const std::string& e : opts_.exports) addExport(e);
  for (const std::string& in : opts_.inputs)
    if (!addInput(in)) return false;
  unsigned linked = 0;
  std::set<std::string> extra;
  if (opts_.library) {
    // A library's archives are linked whole: every public function is part of its interface.
    for (auto& members : archives_)
      for (Member& member : members) {
        if (!member.programCode) continue;
        std::unique_ptr<llvm::Module> m = parseBitcode(member.bitcode, ctx_, member.name);
        if (!m || !linkModule(std::move(m), member.name, true)) return false;
        member.defines.clear();  // linked: never again
      }
    if (!opts_.libc.empty()) {
      // malloc/free: the host allocates buffers the library may free or realloc; fflush: the
      // host flushes the library's stdio (no exit() ever runs in a library).
      extra = {"malloc", "free", "fflush"};
      for (const std::string& name : extra) addExport(name);
    }
  }
  if (!resolveArchives(extra, &linked)) return false;
  warnMismatchedCalls();
  optimize();
  if (failed_) return false;
  // Undefined symbols are errors only if the optimised program still uses them (as with LTO:
  // a call the optimiser proves dead, like GCC's link_error() tests, is gone).
  if (!reportUndefined()) return false;
  CodeGenOptions cg;
  cg.exports = exports_;
  if (opts_.library) cg.startFunction = "__mswasm_call_ctors";
  return generateAndWrite(*program_, cg, opts_.output, opts_.textOutput, opts_.interpreter);
}

}  // namespace

bool linkProgram(const LinkOptions& opts) {
  ProgramLinker linker(opts);
  return linker.run();
}

bool generateUnit(std::unique_ptr<llvm::Module> m, unsigned optLevel, bool size, const std::string& output) {
  optimizeModule(*m, optLevel, size);
  // Undefined functions of a single unit become imports from "env" so it can be inspected alone.
  for (llvm::Function& f : *m)
    if (f.isDeclaration() && !f.isIntrinsic() && !f.getName().starts_with("__mswasm_") &&
        !f.hasFnAttribute("wasm-import-module") && !f.use_empty())
      f.addFnAttr("wasm-import-module", "env");
  CodeGenOptions cg;
  for (llvm::Function& f : *m)
    if (!f.isDeclaration() && f.hasExternalLinkage() && f.getName() != "_start") cg.exports.push_back(f.getName().str());
  return generateAndWrite(*m, cg, output, true);
}

}  // namespace mswasm
