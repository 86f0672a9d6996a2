// Runs one cc1 invocation: diagnostics, our TargetInfo, then the frontend action per input.
// Mirrors the parts of CompilerInstance::ExecuteAction that matter for C, minus createTarget().
#include "mswasm/frontend/Frontend.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
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
  using WrapperFrontendAction::WrapperFrontendAction;

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
};

}  // namespace

bool runFrontend(std::shared_ptr<clang::CompilerInvocation> invocation, const char* argv0) {
  clang::CompilerInstance ci;
  ci.setInvocation(std::move(invocation));
  ci.createDiagnostics();
  if (!ci.hasDiagnostics()) return false;

  auto targetOpts = std::make_shared<clang::TargetOptions>(ci.getTargetOpts());
  clang::TargetInfo* target = createTargetInfo(ci.getDiagnostics(), targetOpts);
  if (!target) return false;
  ci.setTarget(target);
  ci.getTarget().adjust(ci.getDiagnostics(), ci.getLangOpts());

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
