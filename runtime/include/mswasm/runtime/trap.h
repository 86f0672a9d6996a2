// Traps: their kinds (docs/spec.md, "Traps and exit codes"), the structured report an engine
// gives for each (the access, the handle, the segment with its allocation and free sites, the
// call stack), and rendering of that report as ASan-style text or one JSON object.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mswasm/runtime/value.h"

namespace mswasm::rt {

// X(Name, "report-name", Class)
#define MSWASM_TRAP_KINDS(X)                                   \
  X(HeapBufferOverflow, "heap-buffer-overflow", Memory)        \
  X(StackBufferOverflow, "stack-buffer-overflow", Memory)      \
  X(GlobalBufferOverflow, "global-buffer-overflow", Memory)    \
  X(UseAfterFree, "use-after-free", Memory)                    \
  X(UseAfterReturn, "use-after-return", Memory)                \
  X(UseAfterScope, "use-after-scope", Memory)                  \
  X(DoubleFree, "double-free", Memory)                         \
  X(InvalidFree, "invalid-free", Memory)                       \
  X(NullDereference, "null-dereference", Memory)               \
  X(PointerBuiltFromData, "pointer-built-from-data", Memory)   \
  X(SliceOutOfBounds, "slice-out-of-bounds", Memory)           \
  X(MisalignedHandleAccess, "misaligned-handle-access", Memory) \
  X(WriteToReadOnly, "write-to-read-only", Memory)             \
  X(CodeHandleAccess, "code-handle-access", Memory)            \
  X(BadIndirectCall, "bad-indirect-call", Memory)              \
  X(SignatureMismatch, "signature-mismatch", Memory)           \
  X(BadLongjmp, "bad-longjmp", Memory)                         \
  X(LongjmpToExitedFrame, "longjmp-to-exited-frame", Memory)   \
  X(TagViolation, "tag-violation", Memory)                     \
  X(InvalidAlignment, "invalid-alignment", Memory)             \
  X(Unreachable, "unreachable", Other)                         \
  X(IntegerDivideByZero, "integer-divide-by-zero", Other)      \
  X(IntegerOverflow, "integer-overflow", Other)                \
  X(InvalidConversionToInteger, "invalid-conversion-to-integer", Other) \
  X(HostError, "host-error", Other)                            \
  X(Unsupported, "unsupported", Other)                         \
  X(CallStackExhausted, "call-stack-exhausted", Limit)         \
  X(StackExhausted, "stack-exhausted", Limit)                  \
  X(FuelExhausted, "fuel-exhausted", Limit)                    \
  X(Timeout, "timeout", Limit)

enum class TrapKind : uint8_t {
#define X(Name, text, cls) Name,
  MSWASM_TRAP_KINDS(X)
#undef X
};
enum class TrapClass : uint8_t { Memory, Other, Limit };

std::string_view trapName(TrapKind k);
TrapClass trapClass(TrapKind k);
// Exit code of `mswasm run` after a trap of this kind: 134, 135 or 136.
int trapExitCode(TrapKind k);

// One frame of a call stack, resolved for printing.
struct FrameInfo {
  uint32_t func = 0;
  uint32_t instr = 0;
  std::string name;  // from the name section, else "func[N]"
  std::string file;  // from mswasm.loc, empty if unknown
  uint32_t line = 0, col = 0;
};

// The segment a trap concerns, when there is one.
struct SegmentInfo {
  std::string kind;  // "heap", "stack", "global"
  std::string name;  // global segments: their name, if any
  uint64_t id = 0;
  uint32_t address = 0, size = 0;
  bool readOnly = false;
  std::string state;  // "live", "freed", "out of scope", "returned"
  bool historyKnown = true;  // false once the engine dropped the record of an old dead segment
  std::vector<FrameInfo> allocatedBy, freedBy;
};

struct TrapReport {
  TrapKind kind = TrapKind::Unreachable;
  std::string headline;  // the part after "ERROR: <kind>: ", e.g. "write of size 4"
  std::string message;   // one-line explanation
  std::optional<Handle> handle;
  std::optional<uint32_t> accessAddress;  // effective address of the access
  uint32_t accessSize = 0;
  std::string accessMode;  // "read" / "write" / ""
  std::string hostFunction; // when a host function's buffer check failed
  std::string instruction;  // mnemonic of the trapping instruction (accesses)
  std::vector<FrameInfo> stack;
  std::optional<SegmentInfo> segment;
  std::vector<std::string> notes;  // extra lines (signatures, etc.)

  std::string text() const;  // ASan-style, several lines, ending in a newline
  std::string json() const;  // one JSON object, one line, ending in a newline
};

}  // namespace mswasm::rt
