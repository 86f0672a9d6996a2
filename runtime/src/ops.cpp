// The semantics of the instructions that touch segments, tags, ids and code handles, as named
// Machine operations shared by both engine tiers: the interpreter's cases call them with popped
// operands, the native tier's slow paths call them with the operands the compiled code passes.
// Each either completes the instruction exactly as docs/spec.md says or traps with the report
// (Machine::trap / trapAccess), so the two tiers cannot disagree on these rules.
#include <algorithm>
#include <cstring>

#include "machine.h"
#include "mint.h"

namespace mswasm::rt {

#define INVALID_FREE(why) trapAccess(TrapKind::InvalidFree, h, h.address(), 0, Mode::Read, why)

uint64_t Machine::opLoad(const Handle& h, uint32_t off, uint32_t n) {
  Segment* s;
  uint8_t* p = check(h, off, n, Mode::Read, false, &s);
  uint64_t v = 0;
  std::memcpy(&v, p, n);
  return v;
}

void Machine::opStore(const Handle& h, uint32_t off, uint32_t n, uint64_t v) {
  Segment* s;
  uint8_t* p = check(h, off, n, Mode::Write, false, &s);
  std::memcpy(p, &v, n);
  clearTags(s, uint64_t(p - s->bytes.data()), n);
}

Handle Machine::opHandleLoad(const Handle& h, uint32_t off, uint32_t func, uint32_t instr) {
  Segment* s;
  uint8_t* p = check(h, off, 16, Mode::Read, true, &s);
  if (std::optional<Handle> tagged = store_.taggedHandle(s, uint64_t(p - s->bytes.data()))) return *tagged;
  bool zero = std::all_of(p, p + 16, [](uint8_t b) { return b == 0; });
  if (zero) return Handle::null();
  if (opts_.strictTags)
    trapAccess(TrapKind::TagViolation, h, uint32_t(h.address() + off), 16, Mode::Read,
               "handle read of untagged non-zero bytes (strict tags)");
  return HandleMint::fromData(p, func, instr);
}

void Machine::opHandleStore(const Handle& h, uint32_t off, const Handle& v) {
  Segment* s;
  uint8_t* p = check(h, off, 16, Mode::Write, true, &s);
  v.storedBytes(p);
  uint64_t rel = uint64_t(p - s->bytes.data());
  clearTags(s, rel, 16);
  if (v.authoritative()) store_.setTag(s, rel, v);
}

Handle Machine::opSegalloc(uint32_t size, uint32_t align) {
  if (align == 0 || (align & (align - 1)) || align > 65536)
    trap(TrapKind::InvalidAlignment, "segalloc with alignment " + std::to_string(align),
         "segalloc's alignment must be a power of two no greater than 65536");
  Store::AllocFail why;
  Segment* s = store_.allocate(SegKind::Heap, size, align, captureSite(), &why);
  if (!s) return Handle::null();
  return HandleMint::make(HandleKind::Heap, s->addr, 0, size, s->id);
}

void Machine::opSegfree(const Handle& h) {
  switch (h.kind()) {
    case HandleKind::Null: return;
    case HandleKind::Invalid:
      trapAccess(h.reason() == InvalidReason::SliceOutOfBounds ? TrapKind::SliceOutOfBounds
                                                             : TrapKind::PointerBuiltFromData,
                 h, h.address(), 0, Mode::Read, "segfree of a handle without authority");
    case HandleKind::Code:
    case HandleKind::Jump: INVALID_FREE("segfree of a code or jump handle");
    case HandleKind::Stack: INVALID_FREE("segfree of a stack segment (stack segments die with their frame)");
    case HandleKind::Global: INVALID_FREE("segfree of a global segment");
    case HandleKind::Heap: {
      const Segment* rec = store_.record(h.id());
      if (h.offset() != 0) INVALID_FREE("segfree of a pointer into the middle of a heap segment");
      if (rec && (rec->addr != h.base() || rec->size != h.bound()))
        INVALID_FREE("segfree of a slice of a heap segment");
      Segment* s = store_.live(h.id());
      if (!s)
        trapAccess(TrapKind::DoubleFree, h, h.address(), 0, Mode::Read,
                   "segfree of a heap segment that was already freed");
      store_.kill(s, IdState::Freed, captureSite());
      return;
    }
  }
}

Handle Machine::opStackAlloc(uint32_t size, uint32_t log2Align, Frame& fr) {
  Store::AllocFail why;
  Segment* s = store_.allocate(SegKind::Stack, size, 1u << log2Align, frameSite(fr), &why);
  if (!s)
    trap(TrapKind::StackExhausted, "stack.alloc of " + std::to_string(size) + " bytes",
         why == Store::AllocFail::Id ? "no allocation id is left for a stack segment"
         : why == Store::AllocFail::StackLimit ? "stack segments exceed the engine's stack limit"
         : why == Store::AllocFail::Memory ? "stack segments exceed --max-memory"
                                           : "no free address range for a stack segment");
  s->ownerFrame = fr.serial;
  fr.stackSegs.push_back(s->id);
  return HandleMint::make(HandleKind::Stack, s->addr, 0, size, s->id);
}

void Machine::opStackScope(const Handle& h, ScopeOp op, Frame& fr) {
  const char* what = op == ScopeOp::Reopen ? "stack.reopen" : op == ScopeOp::Release ? "stack.release" : "stack.free";
  if (h.kind() == HandleKind::Invalid)
    trapAccess(h.reason() == InvalidReason::SliceOutOfBounds ? TrapKind::SliceOutOfBounds
                                                           : TrapKind::PointerBuiltFromData,
               h, h.address(), 0, Mode::Read, std::string(what) + " of a handle without authority");
  if (h.kind() != HandleKind::Stack) INVALID_FREE(std::string(what) + " of a handle that is not a stack segment");
  Segment* s = store_.owned(h.id());
  if (!s)
    INVALID_FREE(std::string(what) + (store_.state(h.id()) == IdState::Released
                                          ? " of a stack segment that stack.release ended"
                                          : " of a stack segment whose frame has exited"));
  if (s->ownerFrame != fr.serial) INVALID_FREE(std::string(what) + " of another frame's stack segment");
  if (h.offset() != 0 || h.base() != s->addr || h.bound() != s->size)
    INVALID_FREE(std::string(what) + " of a pointer that is not the start of its stack segment");
  // A closed segment stays the frame's (in stackSegs) until the frame exits; a released one dies
  // now (its id in stackSegs is then skipped: it is no longer owned).
  if (op == ScopeOp::Reopen) store_.reopenScope(s);
  else if (op == ScopeOp::Release) store_.kill(s, IdState::Released, frameSite(fr));
  else store_.closeScope(s, frameSite(fr));
}

Handle Machine::opSlice(const Handle& h, uint32_t len, uint32_t func, uint32_t instr) {
  uint32_t addr = h.address();
  if (!h.authoritative()) return HandleMint::unauthorisedAt(h, addr);
  if (h.offset() >= 0 && int64_t(h.offset()) + int64_t(len) <= int64_t(h.bound()))
    return HandleMint::slice(h, addr, len);
  return HandleMint::invalidFrom(addr, InvalidReason::SliceOutOfBounds, func, instr);
}

void Machine::opSegmentCopy(const Handle& dst, const Handle& src, uint32_t n) {
  if (n == 0) return;
  Segment *ds, *ss;
  uint8_t* dp = check(dst, 0, n, Mode::Write, false, &ds);
  // The copy's own strict-tags rule applies below (whole co-aligned granules may move).
  uint8_t* sp = check(src, 0, n, Mode::Read, false, &ss, false);
  bool strict = opts_.strictTags;
  uint64_t drel = uint64_t(dp - ds->bytes.data()), srel = uint64_t(sp - ss->bytes.data());
  uint64_t dAddr = ds->addr + drel, sAddr = ss->addr + srel;
  bool coAligned = ((dAddr - sAddr) & (kGranuleAlign - 1)) == 0;
  std::vector<std::pair<uint64_t, Handle>> moved;  // destination offset, handle
  uint64_t g0, g1;
  overlappingKeys(srel, n, &g0, &g1);
  store_.forEachTag(ss, g0 * kGranuleAlign, g1 * kGranuleAlign, [&](uint64_t g, const Handle& h) {
    uint64_t gAddr = ss->addr + g;
    bool whole = gAddr >= sAddr && gAddr + 16 <= sAddr + n;
    if (coAligned && whole) {
      moved.emplace_back(gAddr - sAddr + dAddr - ds->addr, h);
    } else if (strict) {
      trapAccess(TrapKind::TagViolation, src, sAddr, n, Mode::Read,
                 "segment.copy reads a handle's granule other than as a whole co-aligned granule");
    }
  });
  std::memmove(dp, sp, n);
  clearTags(ds, drel, n);
  for (const auto& [rel, h] : moved) store_.setTag(ds, rel, h);
}

void Machine::opSegmentFill(const Handle& dst, uint32_t v, uint32_t n) {
  if (n == 0) return;
  Segment* ds;
  uint8_t* dp = check(dst, 0, n, Mode::Write, false, &ds);
  std::memset(dp, int(v & 0xff), n);
  clearTags(ds, uint64_t(dp - ds->bytes.data()), n);
}

uint32_t Machine::opResolveCall(const Handle& h, uint32_t typeIndex) {
  const FuncType& want = mod_.types[typeIndex];
  switch (h.kind()) {
    case HandleKind::Null:
      trap(TrapKind::NullDereference, "call through a null handle",
           "call.handle of a null handle (call through a null function pointer)");
    case HandleKind::Invalid:
      trap(h.reason() == InvalidReason::SliceOutOfBounds ? TrapKind::SliceOutOfBounds : TrapKind::PointerBuiltFromData,
           "call through a handle without authority",
           "call.handle of an invalid handle (address " + std::to_string(h.address()) + ")", {originNote(h)});
    case HandleKind::Code: break;
    default:
      trap(TrapKind::BadIndirectCall, "call through a " + std::string(handleKindName(h.kind())) + " handle",
           "call.handle of a handle that is not a code handle");
  }
  auto it = codeById_.find(h.id());
  if (h.offset() != 0 || it == codeById_.end())
    trap(TrapKind::BadIndirectCall, "call through a code handle moved off its function",
         "call.handle of a code handle whose offset is not 0");
  uint32_t f = it->second;
  const FuncType& have = mod_.funcType(f);
  if (!(have == want)) {
    trap(TrapKind::SignatureMismatch,
         "call of " + funcName(f) + " of type " + typeString(have) + " through type " + typeString(want),
         "call.handle expected " + typeString(want) + " but " + funcName(f) + " has type " + typeString(have));
  }
  return f;
}

void Machine::opJmpSet(const Handle& buf, uint32_t frameDepth, JumpRecord rec) {
  Segment* s;
  uint8_t* p = check(buf, 0, 16, Mode::Write, true, &s);
  std::optional<uint64_t> id = store_.newId(IdState::JumpLive);
  if (!id) trap(TrapKind::StackExhausted, "jmp.set", "no allocation id is left for a jump record");
  Frame& fr = frames_[frameDepth];
  rec.frameSerial = fr.serial;
  rec.frameDepth = frameDepth;
  jumps_[*id] = std::move(rec);
  fr.jumps.push_back(*id);
  Handle jump = HandleMint::make(HandleKind::Jump, buf.address(), 0, 0, *id);
  jump.storedBytes(p);
  uint64_t rel = uint64_t(p - s->bytes.data());
  clearTags(s, rel, 16);
  store_.setTag(s, rel, jump);
}

const JumpRecord& Machine::opJmpLongTarget(const Handle& buf, size_t depth, size_t entryDepth) {
  Segment* s;
  uint8_t* p = check(buf, 0, 16, Mode::Read, true, &s);
  std::optional<Handle> tagged = store_.taggedHandle(s, uint64_t(p - s->bytes.data()));
  if (!tagged || tagged->kind() != HandleKind::Jump || tagged->offset() != 0)
    trapAccess(TrapKind::BadLongjmp, buf, buf.address(), 16, Mode::Read,
               "jmp.long on a buffer that holds no jump handle");
  auto rit = jumps_.find(tagged->id());
  if (rit == jumps_.end() || rit->second.frameDepth + 1 > depth ||
      frames_[rit->second.frameDepth].serial != rit->second.frameSerial || rit->second.frameDepth < entryDepth)
    trapAccess(TrapKind::LongjmpToExitedFrame, buf, buf.address(), 16, Mode::Read,
               "jmp.long to a jump record whose frame has exited");
  return rit->second;
}

void Machine::killJumps(Frame& fr) {
  for (uint64_t id : fr.jumps) {
    jumps_.erase(id);
    store_.setState(id, IdState::JumpDead);
  }
  fr.jumps.clear();
}

#undef INVALID_FREE

}  // namespace mswasm::rt
