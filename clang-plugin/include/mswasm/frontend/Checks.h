// MSWasm's own frontend diagnostics: C constructs that cannot keep their meaning under MSWasm
// are compile errors naming the construct (ARCHITECTURE.md decision 1; docs/compiler.md).
#pragma once

#include <memory>

namespace clang {
class ASTConsumer;
class CompilerInstance;
}  // namespace clang

namespace mswasm {

// A consumer that checks the whole translation unit before code generation sees its end:
// inline assembly, computed goto, and records that place a pointer where a 16-byte-aligned
// handle cannot live (packed structs, #pragma pack).
std::unique_ptr<clang::ASTConsumer> createChecksConsumer(clang::CompilerInstance& ci);

}  // namespace mswasm
