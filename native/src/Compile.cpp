// From translated IR to a shared object: LLVM's O3 pipeline for the host CPU (its non-trivial
// loop unswitching is what lifts loop-invariant checks; docs/native-tier.md), no floating-point
// contraction (results must match the interpreter bit for bit), an object file from the host
// TargetMachine, and ld.lld linking it into a shared object with no undefined symbols (the code
// reaches the runtime only through the context's slow-path table).
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Host.h"
#include "mswasm/native/translate.h"

#ifndef MSWASM_LLD
#define MSWASM_LLD "ld.lld-19"
#endif

namespace mswasm::native {

using namespace llvm;

namespace {

std::unique_ptr<TargetMachine> hostMachine(std::string* error) {
  InitializeNativeTarget();
  InitializeNativeTargetAsmPrinter();
  std::string triple = sys::getProcessTriple();
  std::string err;
  const Target* t = TargetRegistry::lookupTarget(triple, err);
  if (!t) {
    *error = "native tier: no LLVM target for " + triple + ": " + err;
    return nullptr;
  }
  StringMap<bool> features = sys::getHostCPUFeatures();
  std::string fs;
  for (auto& f : features) fs += (fs.empty() ? "" : ",") + std::string(f.second ? "+" : "-") + f.first().str();
  TargetOptions to;
  to.AllowFPOpFusion = FPOpFusion::Strict;  // no contraction: the interpreter never fuses
  auto tm = std::unique_ptr<TargetMachine>(t->createTargetMachine(triple, sys::getHostCPUName(), fs, to,
                                                                  llvm::Reloc::PIC_, std::nullopt, CodeGenOptLevel::Aggressive));
  if (!tm) *error = "native tier: cannot create a target machine for " + triple;
  return tm;
}

void optimise(llvm::Module& M, TargetMachine& tm, int level) {
  LoopAnalysisManager lam;
  FunctionAnalysisManager fam;
  CGSCCAnalysisManager cgam;
  ModuleAnalysisManager mam;
  PipelineTuningOptions pto;
  pto.LoopUnrolling = true;
  pto.LoopVectorization = level >= 2;
  pto.SLPVectorization = level >= 2;
  PassBuilder pb(&tm, pto);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  OptimizationLevel ol = level >= 3 ? OptimizationLevel::O3 : level == 2 ? OptimizationLevel::O2
                         : level == 1 ? OptimizationLevel::O1 : OptimizationLevel::O0;
  ModulePassManager mpm = level == 0 ? pb.buildO0DefaultPipeline(ol) : pb.buildPerModuleDefaultPipeline(ol);
  mpm.run(M, mam);
}

}  // namespace

bool compileToSharedObject(const mswasm::Module& m, const CompileOptions& opts, const std::string& soPath,
                           std::string* error) {
  LLVMContext C;
  std::unique_ptr<llvm::Module> M = translate(m, opts.translate, C, error);
  if (!M) return false;
  std::unique_ptr<TargetMachine> tm = hostMachine(error);
  if (!tm) return false;
  M->setDataLayout(tm->createDataLayout());
  M->setTargetTriple(tm->getTargetTriple().str());
  optimise(*M, *tm, opts.optLevel);
  if (!opts.emitIR.empty()) {
    std::error_code ec;
    raw_fd_ostream os(opts.emitIR, ec, sys::fs::OF_Text);
    if (ec) {
      *error = "cannot write '" + opts.emitIR + "': " + ec.message();
      return false;
    }
    M->print(os, nullptr);
  }
  std::string objPath = soPath + ".o.tmp";
  {
    std::error_code ec;
    raw_fd_ostream os(objPath, ec, sys::fs::OF_None);
    if (ec) {
      *error = "cannot write '" + objPath + "': " + ec.message();
      return false;
    }
    legacy::PassManager pm;
    if (tm->addPassesToEmitFile(pm, os, nullptr, CodeGenFileType::ObjectFile)) {
      *error = "native tier: the target cannot emit objects";
      return false;
    }
    pm.run(*M);
  }
  std::string lld = MSWASM_LLD;
  if (const char* env = std::getenv("MSWASM_LLD")) lld = env;
  ErrorOr<std::string> lldPath = sys::findProgramByName(lld);
  if (!lldPath) {
    sys::fs::remove(objPath);
    *error = "native tier: linker '" + lld + "' not found (install lld-19, or set MSWASM_LLD)";
    return false;
  }
  std::string tmpSo = soPath + ".tmp" + std::to_string(::getpid());
  std::vector<StringRef> args = {*lldPath, "-shared", "--no-undefined", "-z", "now", "-z", "noexecstack",
                                 "--hash-style=gnu", "-o", tmpSo, objPath};
  std::string msg;
  int rc = sys::ExecuteAndWait(*lldPath, args, std::nullopt, {}, 0, 0, &msg);
  sys::fs::remove(objPath);
  if (rc != 0) {
    sys::fs::remove(tmpSo);
    *error = "native tier: linking the shared object failed" + (msg.empty() ? "" : ": " + msg);
    return false;
  }
  if (std::error_code ec = sys::fs::rename(tmpSo, soPath)) {
    sys::fs::remove(tmpSo);
    *error = "cannot write '" + soPath + "': " + ec.message();
    return false;
  }
  return true;
}

}  // namespace mswasm::native
