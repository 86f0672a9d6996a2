// The tag shadow: for every 8-byte slot of the 32-bit address space, whether a tagged granule
// (a stored handle, docs/spec.md "Granules and tags") starts there, and the stored handle's
// authority: base, bound, kind and id. It is one flat array indexed by address / 8, reserved
// once per instance (8 GiB of address space, committed by the OS only where tags were ever
// set), so finding a tag is one load at a computed address: the native tier does it inline for
// every handle load, and tests the kind bytes of the slots a data store overlaps before storing
// into a segment that holds handles. The offset of the stored handle is not kept: a tagged
// granule's bytes are always the handle's stored bytes (address, then zeros), because every data
// write that touches them clears the tag, so the offset is the address read back minus the base.
//
// The shadow is a mirror the Store keeps exact; it never decides anything by itself. Entries of
// free address ranges are zero, like the region's bytes.
#pragma once

#include <cstdint>

#include "mswasm/runtime/value.h"

namespace mswasm::rt {

// One slot's entry; all zero when no tagged granule starts at the slot. Layout shared with the
// native tier (native_abi.h, struct MswTagEntry): the kind is the top byte of idKind, so
// "tagged" is "byte 15 is not zero" (authoritative kinds are >= Heap).
struct TagEntry {
  uint32_t base;
  uint32_t bound;
  uint64_t idKind;  // id in bits 0-55, HandleKind in bits 56-63

  bool tagged() const { return idKind != 0; }
  static TagEntry of(const Handle& h) {
    return TagEntry{h.base(), h.bound(), h.id() | (uint64_t(h.kind()) << 56)};
  }
  HandleKind kind() const { return HandleKind(idKind >> 56); }
  uint64_t id() const { return idKind & ((uint64_t(1) << 56) - 1); }
};
static_assert(sizeof(TagEntry) == 16, "the native tier indexes the shadow by address / 8 * 16");

// Slots of the 4 GiB address space, and the bytes reserved for their entries.
inline constexpr uint64_t kShadowSlots = (uint64_t(1) << 32) / 8;
inline constexpr uint64_t kShadowBytes = kShadowSlots * sizeof(TagEntry);

}  // namespace mswasm::rt
