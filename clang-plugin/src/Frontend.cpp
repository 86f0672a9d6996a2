// Runs one cc1 invocation: diagnostics, our TargetInfo, then the frontend action per input.
// Mirrors the parts of CompilerInstance::ExecuteAction that matter for C, minus createTarget().
#include "mswasm/frontend/Frontend.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/CodeGen/CodeGenAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "llvm/IR/Module.h"
#include "clang/FrontendTool/Utils.h"
#include "llvm/Support/raw_ostream.h"
#include "mswasm/frontend/Checks.h"
#include "mswasm/frontend/TargetInfo.h"

namespace mswasm {
namespace {

// Puts MSWasm's checks in front of whatever consumer the wrapped action creates (code
// generation included), so their errors are known before code is emitted.
class WithChecksAction : public clang::WrapperFrontendAction {
 public:
  // `codegen` is the wrapped action when it generates code (its module is taken afterwards).
  explicit WithChecksAction(std::unique_ptr<clang::FrontendAction> inner,
                            clang::CodeGenAction* codegen = nullptr)
      : WrapperFrontendAction(std::move(inner)), codegen_(codegen) {}
  std::unique_ptr<llvm::Module> takeInnerModule() {
    return codegen_ ? codegen_->takeModule() : nullptr;
  }

 protected:
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance& ci,
                                                        llvm::StringRef file) override {
    std::unique_ptr<clang::ASTConsumer> inner = WrapperFrontendAction::CreateASTConsumer(ci, file);
    if (!inner) return nullptr;
    std::vector<std::unique_ptr<clang::ASTConsumer>> consumers;
    consumers.push_back(createChecksConsumer(ci));
    consumers.push_back(std::move(inner));
    return std::make_unique<clang::MultiplexConsumer>(std::move(consumers));
  }

 private:
  clang::CodeGenAction* codegen_;
};

}  // namespace

// Diagnostics and our TargetInfo on a fresh compiler instance; false if the target is refused.
static bool setUp(clang::CompilerInstance& ci, std::shared_ptr<clang::CompilerInvocation> invocation) {
  ci.setInvocation(std::move(invocation));
  ci.createDiagnostics();
  if (!ci.hasDiagnostics()) return false;
  auto targetOpts = std::make_shared<clang::TargetOptions>(ci.getTargetOpts());
  clang::TargetInfo* target = createTargetInfo(ci.getDiagnostics(), targetOpts);
  if (!target) return false;
  ci.setTarget(target);
  ci.getTarget().adjust(ci.getDiagnostics(), ci.getLangOpts());
  return true;
}

std::unique_ptr<llvm::Module> compileToModule(std::shared_ptr<clang::CompilerInvocation> invocation,
                                              llvm::LLVMContext& ctx) {
  clang::CompilerInstance ci;
  if (!setUp(ci, std::move(invocation))) return nullptr;
  if (ci.getFrontendOpts().Inputs.size() != 1) return nullptr;
  auto codegen = std::make_unique<clang::EmitLLVMOnlyAction>(&ctx);
  clang::CodeGenAction* codegenView = codegen.get();
  WithChecksAction checked(std::move(codegen), codegenView);
  clang::FrontendAction& action = checked;
  if (action.BeginSourceFile(ci, ci.getFrontendOpts().Inputs[0])) {
    if (llvm::Error err = action.Execute()) llvm::consumeError(std::move(err));
    action.EndSourceFile();
  }
  ci.getDiagnostics().getClient()->finish();
  if (ci.getDiagnostics().hasErrorOccurred()) return nullptr;
  // The wrapped action produced the module; take it from the inner CodeGenAction.
  return checked.takeInnerModule();
}

bool runFrontend(std::shared_ptr<clang::CompilerInvocation> invocation, const char* argv0) {
  clang::CompilerInstance ci;
  if (!setUp(ci, std::move(invocation))) return false;

  std::unique_ptr<clang::FrontendAction> created = clang::CreateFrontendAction(ci);
  if (!created) return false;
  // Preprocessor-only actions (-E, -M) have no AST to check.
  std::unique_ptr<clang::FrontendAction> action =
      created->usesPreprocessorOnly() ? std::move(created)
                                      : std::make_unique<WithChecksAction>(std::move(created));
  for (const clang::FrontendInputFile& input : ci.getFrontendOpts().Inputs) {
    if (action->BeginSourceFile(ci, input)) {
      if (llvm::Error err = action->Execute()) {
        ci.getDiagnostics().Report(ci.getDiagnostics().getCustomDiagID(
            clang::DiagnosticsEngine::Error, "%0"))
            << llvm::toString(std::move(err));
      }
      action->EndSourceFile();
    }
  }
  ci.getDiagnostics().getClient()->finish();
  return !ci.getDiagnostics().hasErrorOccurred();
}

}  // namespace mswasm
