// The only place that makes handles with authority. Used by the store-facing engine code
// (segalloc, stack.alloc, global.segment, func.handle, jmp.set, handle arithmetic); the embedding
// API has no access to it, so embedders can only copy handles the engine gave them.
#pragma once

#include "mswasm/runtime/value.h"

namespace mswasm::rt {

struct HandleMint {
  static Handle make(HandleKind kind, uint32_t base, int32_t offset, uint32_t bound, uint64_t id,
                     InvalidReason reason = InvalidReason::None) {
    Handle h;
    h.kind_ = kind;
    h.base_ = base;
    h.offset_ = offset;
    h.bound_ = bound;
    h.id_ = id;
    h.reason_ = reason;
    return h;
  }
  // handle.slice's successful result: same kind and id, new base and bound, offset 0.
  static Handle slice(const Handle& h, uint32_t newBase, uint32_t len) {
    return make(h.kind(), newBase, 0, len, h.id());
  }
  // Null or invalid handle of the same kind, reason and origin moved to `addr`.
  static Handle unauthorisedAt(const Handle& h, uint32_t addr) {
    return make(h.kind(), 0, int32_t(addr), 0, h.id_, h.reason());
  }
  // An invalid handle made at instruction `instr` of function `func`.
  static Handle invalidFrom(uint32_t addr, InvalidReason reason, uint32_t func, uint32_t instr) {
    return make(HandleKind::Invalid, 0, int32_t(addr), 0, ((uint64_t(func) + 1) << 32) | instr, reason);
  }
  // handle.segload of untagged non-zero bytes: no authority, but the 16 bytes are kept so that
  // storing the handle writes them back (Handle::storedBytes).
  static Handle fromData(const uint8_t bytes[16], uint32_t func, uint32_t instr) {
    uint32_t addr = 0, mid = 0;
    uint64_t high = 0;
    for (int i = 3; i >= 0; --i) addr = (addr << 8) | bytes[i];
    for (int i = 7; i >= 4; --i) mid = (mid << 8) | bytes[i];
    for (int i = 15; i >= 8; --i) high = (high << 8) | bytes[i];
    Handle h = invalidFrom(addr, InvalidReason::FromData, func, instr);
    h.bound_ = mid;
    h.dataHigh_ = high;
    return h;
  }
};

}  // namespace mswasm::rt
