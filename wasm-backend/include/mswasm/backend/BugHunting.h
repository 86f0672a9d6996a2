// Two options for bug hunting, applied to the program's own functions before optimisation:
//
// -fmswasm-keep-accesses: every memory access the source makes reaches the engine at any -O
//   level. The optimiser deletes or folds accesses that are undefined behaviour (a write into a
//   dead stack array, a load past an array's end whose value is forwarded, malloc/free pairs),
//   so at -O2 a bug may never be executed. KeepAccesses marks the function's loads, stores and
//   memory intrinsics volatile (except those provably inside a local or global variable: a
//   constant in-bounds offset from it), marks its calls `nobuiltin` (no library-call folding or
//   allocation elimination) and keeps them out of line when the callee is library code or owns a
//   local whose address escapes (so use-after-return stays a use after return).
//
// -fmswasm-field-bounds: the address of a struct field that is used for more than a direct load
//   or store of the field (an array field indexed, `&s.f` passed on, a member's member) is
//   narrowed to the field with `handle.slice`, so overflowing one field into the next
//   (intra-object overflow) traps. A trailing array of 0 or 1 elements (flexible array idiom)
//   is not narrowed, nor are unions. It breaks code that walks from a field back to its
//   container (container_of, offsetof arithmetic): docs/memory-errors.md.
//
// The linker marks the functions of the program's own objects and archives with the attribute
// below; each transform runs once per function and removes its attribute.
#pragma once

namespace llvm {
class Module;
}

namespace mswasm {

inline constexpr const char* kKeepAccessesAttr = "mswasm-keep-accesses";
inline constexpr const char* kFieldBoundsAttr = "mswasm-field-bounds";

// Marks every defined function of `m` as the program's own code (RebuildProvenance.h) and for
// the transforms that are enabled.
void markForBugHunting(llvm::Module& m, bool keepAccesses, bool fieldBounds);

// Runs the transforms on the functions that carry their attribute, then removes it.
void narrowFieldPointers(llvm::Module& m);
void keepAccesses(llvm::Module& m);

}  // namespace mswasm
