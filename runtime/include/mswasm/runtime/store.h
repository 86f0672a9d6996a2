// The segment store: every segment's bytes, the tags of granules that hold handles (a flat shadow
// indexed by address, tag_shadow.h), allocation ids and their states, the deterministic address allocator, and the memory
// limits (docs/spec.md, "Segments and the address space", "Memory tags and provenance").
//
// Ids index paged tables (states and records, pages of 4096 ids released once all their ids
// are collected), so checking that an id is live is two array loads. By default ids are a 64-bit counter and are never reused. With a small id width
// (Limits::idBits, a debugging option) ids run out; the store then sweeps every place a handle
// can live (the interpreter's roots: operand stack, locals, globals, jump records; and the tagged
// granules of live segments) and reclaims the dead ids that no handle carries.
// Records of dead segments (for "freed by" reports) are kept while a handle may carry their id:
// when they pile up, the same sweep drops the records of dead ids that no handle carries (and,
// with narrow ids, makes those ids reusable). The sweep's cost is amortised by doubling its
// threshold.
//
// Every segment's bytes live at one fixed place: the instance's reserved region (kRegionBytes of
// address space, reserved once, committed by the OS page by page) plus the segment's 32-bit
// address. Free address ranges always read as zero (a dying segment's bytes are zeroed or handed
// back to the OS), so allocation writes nothing. Both engine tiers use this layout: the native
// tier computes region + zext(address) for every access, so even a wrongly removed check could
// not reach outside the region (docs/native-tier.md). A second dense table, idFlags, holds per id
// the facts the native tier's inline checks test (kIdReadable, kIdWritableFast, kIdWritable); the
// tag shadow, a third reservation, is what its inline handle loads and stores read and write.
// Segment records come from a pool, so allocating a segment costs no host heap allocation.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "mswasm/runtime/address_space.h"
#include "mswasm/runtime/tag_shadow.h"
#include "mswasm/runtime/value.h"

namespace mswasm::rt {

// A stored handle's 16 bytes start at a multiple of this within its segment (docs/spec.md,
// "Granules and tags"); tags are keyed by start offset / kGranuleAlign.
inline constexpr uint64_t kGranuleAlign = 8;
// Tags are keyed by the granule's start offset / 8: a handle at key g covers bytes [8g, 8g + 16),
// so bytes [rel, rel + n) (n > 0) overlap keys rel/8 - 1 .. (rel+n-1)/8.
inline void overlappingKeys(uint64_t rel, uint64_t n, uint64_t* g0, uint64_t* g1) {
  *g0 = rel / kGranuleAlign == 0 ? 0 : rel / kGranuleAlign - 1;
  *g1 = (rel + n - 1) / kGranuleAlign;
}

enum class SegKind : uint8_t { Heap, Stack, Global };
// Released: a stack segment that stack.release ended (dead for good; use-after-scope).
enum class IdState : uint8_t { Unused, Live, Freed, Scope, Returned, Code, JumpLive, JumpDead, Released };

struct CallSite {
  uint32_t func = 0;
  uint32_t instr = 0;
  bool operator==(const CallSite&) const = default;
};
using CallStack = std::vector<CallSite>;

// Allocation and free sites, interned as in ASan's stack depot: each distinct call stack is kept
// once and named by a 32-bit id (0 = none), so recording one costs no allocation.
class StackDepot {
 public:
  // A stack id standing for "not recorded" (the depot was full): prepend() gives 0 for it.
  static constexpr uint32_t kUnknown = ~uint32_t(0);
  StackDepot() : offsets_{0, 0} {}
  uint32_t intern(const CallSite* sites, size_t n);
  // The id of the stack `top` followed by stack `below`, keeping the first maxFrames sites: the
  // same id as intern() of those sites, remembered per (top, below) so that a repeated request
  // costs one table probe instead of hashing and comparing the whole stack.
  uint32_t prepend(CallSite top, uint32_t below, size_t maxFrames);
  CallStack get(uint32_t id) const {
    if (id + 1 >= offsets_.size()) return {};
    return CallStack(sites_.begin() + offsets_[id], sites_.begin() + offsets_[id + 1]);
  }

 private:
  void grow();
  // Every stack's sites one after another (stack id's are sites_[offsets_[id] .. offsets_[id+1]));
  // the table holds (32-bit hash tag << 32 | id), 0 = empty, probed from the tag, so a lookup
  // touches the table and, on a tag match, the flat sites: no per-stack allocation or pointer.
  std::vector<CallSite> sites_;
  std::vector<uint32_t> offsets_;
  std::vector<uint64_t> table_;  // size a power of two
  // prepend()'s memo: open addressing on (top, below); id 0 marks an empty slot (a stack of at
  // least one site is never id 0, and a failed intern is not remembered).
  struct PrependEntry {
    CallSite top;
    uint32_t below = 0;
    uint32_t maxFrames = 0;
    uint32_t id = 0;
  };
  std::vector<PrependEntry> memo_;  // size a power of two
  size_t memoUsed_ = 0;
};

// A segment's bytes: a view of its place in the store's region.
struct SegmentBytes {
  uint8_t* ptr = nullptr;
  uint32_t len = 0;
  uint8_t* data() const { return ptr; }
  size_t size() const { return len; }
  uint8_t* begin() const { return ptr; }
  uint8_t* end() const { return ptr + len; }
  bool empty() const { return len == 0; }
};

// idFlags bits (one byte per id): the segment with this id is a live data segment (loads may go
// ahead once bounds hold); it is also writable and has never held a tag since it was made
// (Segment::mayHoldTags; data stores may go ahead without looking at tags); it is live and
// writable (data stores may go ahead where the tag shadow shows no tagged granule overlapping the
// bytes written, and native code stores handles inline when the segment may hold tags).
inline constexpr uint8_t kIdReadable = 1, kIdWritableFast = 2, kIdWritable = 4;
// Reserved bytes per instance: the 4 GiB address space plus a 4 GiB inaccessible guard, so that
// region + zext32(address) + any 32-bit static offset stays inside the reservation.
inline constexpr uint64_t kRegionBytes = uint64_t(8) << 30;
inline constexpr uint64_t kRegionAccessible = uint64_t(4) << 30;
// Ids the idFlags table can describe (its reservation); newId fails beyond.
inline constexpr uint64_t kMaxIds = uint64_t(1) << 32;

struct Segment {
  uint64_t id = 0;
  uint64_t serial = 0;  // allocation number (distinguishes reuses of an id)
  uint32_t addr = 0;
  uint32_t size = 0;      // bytes as requested
  uint32_t reserved = 0;  // bytes reserved in the address space (>= 16, multiple of 16)
  SegKind kind = SegKind::Heap;
  bool readOnly = false;
  IdState state = IdState::Live;
  uint64_t ownerFrame = 0;       // stack segments: serial of the owning frame
  uint32_t globalIndex = 0;      // global segments: index in the module
  uint32_t liveIndex = 0;        // position in the store's list of live segments
  SegmentBytes bytes;            // region + addr; zeroed when the segment dies
  // Set when a handle is first stored in it, cleared only when it dies or is reopened: while set,
  // its tags (in Store::shadow()) may be non-empty, and data stores test the shadow first
  // (kIdWritableFast is off), which lets native code store handles inline.
  bool mayHoldTags = false;
  uint32_t allocStack = 0, freeStack = 0;  // StackDepot ids
};

// Segment records come from chunks with a free list, so a segment's birth and death cost no
// host heap allocation once the pool has grown to the peak number of records kept.
class SegmentPool {
 public:
  Segment* get() {
    if (free_.empty()) grow();
    Segment* s = free_.back();
    free_.pop_back();
    *s = Segment{};
    return s;
  }
  void put(Segment* s) { free_.push_back(s); }

 private:
  static constexpr size_t kChunk = 1024;
  void grow() {
    chunks_.push_back(std::make_unique<Segment[]>(kChunk));
    for (size_t i = kChunk; i-- > 0;) free_.push_back(&chunks_.back()[i]);
  }
  std::vector<std::unique_ptr<Segment[]>> chunks_;
  std::vector<Segment*> free_;
};

class Store {
 public:
  struct Limits {
    uint64_t maxMemory = uint64_t(1) << 30;
    uint64_t stackLimit = uint64_t(64) << 20;
    uint32_t idBits = 64;
  };
  // Calls its argument once for every handle held outside segments (operand stack, locals,
  // globals, jump records, handles held by the embedder).
  using HandleSink = std::function<void(const Handle&)>;
  using RootVisitor = std::function<void(const HandleSink&)>;
  enum class AllocFail : uint8_t { None, Memory, StackLimit, Address, Id };

  Store(Limits limits, RootVisitor roots);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // The reserved region (segment bytes at region() + address) and the per-id flags table.
  uint8_t* region() const { return region_; }
  const uint8_t* idFlags() const { return idFlags_; }
  // Recomputes the id flags of a segment after its tags, read-only bit or state changed.
  void refresh(const Segment* s) {
    uint8_t f = 0;
    if (s->state == IdState::Live) {
      f = kIdReadable;
      if (!s->readOnly) f |= kIdWritable;
      if (!s->readOnly && !s->mayHoldTags) f |= kIdWritableFast;
    }
    idFlags_[s->id] = f;
  }

  // Tags (docs/spec.md, "Granules and tags"), kept in the shadow indexed by address / 8; `rel`
  // is a granule's start offset within the segment (a multiple of 8).
  const TagEntry* shadow() const { return shadow_; }
  // The handle stored in the tagged granule at `rel`, or nullopt when the granule is untagged.
  std::optional<Handle> taggedHandle(const Segment* s, uint64_t rel) const;
  // Tags the granule at `rel` with `h` (authoritative); the caller has cleared the tags its 16
  // bytes overlap (clearTags) and written h's stored bytes there.
  void setTag(Segment* s, uint64_t rel, const Handle& h);
  // The rule for every data write: clears the tag of each granule overlapping [rel, rel + n).
  void clearTags(Segment* s, uint64_t rel, uint64_t n);
  // Whether a tagged granule overlaps [rel, rel + n).
  bool anyTag(const Segment* s, uint64_t rel, uint64_t n) const;
  // Calls f(rel, handle) for every tagged granule of the segment whose start offset lies in
  // [from, to], in increasing order.
  template <typename F>
  void forEachTag(const Segment* s, uint64_t from, uint64_t to, F&& f) const {
    if (!s->mayHoldTags) return;
    uint64_t last = std::min<uint64_t>(to, s->size ? s->size - 1 : 0);
    for (uint64_t rel = from & ~uint64_t(7); rel <= last; rel += 8) {
      const TagEntry& e = shadow_[(s->addr + rel) >> 3];
      if (e.tagged()) f(rel, handleAt(s->addr + rel, e));
    }
  }

  // A new zeroed, untagged segment; nullptr (and *why) when a limit, the address space or the
  // id space is exhausted. `align` is a power of two (raised to 16).
  Segment* allocate(SegKind kind, uint32_t size, uint32_t align, uint32_t allocStack,
                    AllocFail* why);
  // Global segments bypass nothing but are counted like others; same as allocate.
  // The segment dies: its id's state becomes `cause`, its bytes and range are released.
  // Works on live segments and on stack segments whose scope is closed.
  void kill(Segment* s, IdState cause, uint32_t freeStack);
  // Stack scopes (stack.free / stack.reopen): a closed segment keeps its id, address and range
  // but its id's state is Scope, so every access traps use-after-scope until it is reopened
  // (zeroed, untagged). Both do nothing when the segment is already in the requested state.
  void closeScope(Segment* s, uint32_t freeStack);
  void reopenScope(Segment* s);
  // The segment with this id if it is live or scope-closed (still owned by a frame), or nullptr.
  Segment* owned(uint64_t id) const {
    const IdPage* pg = idPage(id);
    if (!pg) return nullptr;
    IdState st = pg->states[id & kIdPageMask];
    return st == IdState::Live || st == IdState::Scope ? pg->records[id & kIdPageMask] : nullptr;
  }
  StackDepot& depot() { return depot_; }
  const StackDepot& depot() const { return depot_; }

  // A fresh id for a code handle (always live) or a jump record; nullopt when none is left.
  std::optional<uint64_t> newId(IdState state);
  void setState(uint64_t id, IdState st);
  // An id of a released page (all its ids dead and carried by no handle) reads as Freed.
  IdState state(uint64_t id) const {
    const IdPage* pg = idPage(id);
    return pg ? pg->states[id & kIdPageMask] : id < nextId_ ? IdState::Freed : IdState::Unused;
  }
  // The live data segment with this id, or nullptr.
  Segment* live(uint64_t id) const {
    const IdPage* pg = idPage(id);
    return pg && pg->states[id & kIdPageMask] == IdState::Live ? pg->records[id & kIdPageMask] : nullptr;
  }
  // The record of a live or recently dead segment (nullptr if unknown or evicted).
  const Segment* record(uint64_t id) const {
    const IdPage* pg = idPage(id);
    return pg ? pg->records[id & kIdPageMask] : nullptr;
  }
  // Pages of the id tables released so far (all their ids collected).
  uint64_t idPagesReleased() const { return idPagesReleased_; }

  // Reserves a unique 16-byte code address (never released).
  std::optional<uint32_t> reserveCodeAddress();

  uint64_t liveBytes() const { return liveBytes_; }
  uint64_t peakLiveBytes() const { return peakLiveBytes_; }
  uint64_t segmentsAllocated() const { return segmentsAllocated_; }
  uint64_t idsReclaimed() const { return idsReclaimed_; }
  uint64_t sweeps() const { return sweeps_; }

 private:
  Handle handleAt(uint64_t addr, const TagEntry& e) const;
  void clearAllTags(Segment* s);
  // Drops the records of dead ids no handle carries; with `reclaim`, makes those ids reusable.
  void collect(bool reclaim);

  Limits limits_;
  RootVisitor roots_;
  uint8_t* region_ = nullptr;   // kRegionBytes reserved
  uint8_t* idFlags_ = nullptr;  // kMaxIds bytes reserved
  TagEntry* shadow_ = nullptr;  // kShadowBytes reserved
  AddressSpace space_;
  StackDepot depot_;
  uint64_t idLimit_;  // ids are 1 .. idLimit_-1
  uint64_t nextId_ = 1;
  std::vector<uint64_t> freeIds_;  // reclaimed ids, popped from the back (sorted descending)
  // Per-id state and record, in pages of 4096 ids (one OS page of idFlags). With 64-bit ids, a
  // page whose ids have all been issued and collected (dead, and carried by no handle) is
  // released with its idFlags bytes, so a guest that allocates and frees forever keeps tables
  // proportional to what is live or still referenced, not to every id it ever used.
  static constexpr unsigned kIdPageBits = 12;
  static constexpr uint64_t kIdPageMask = (uint64_t(1) << kIdPageBits) - 1;
  struct IdPage {
    IdState states[kIdPageMask + 1] = {};
    Segment* records[kIdPageMask + 1] = {};  // from pool_ (nullptr: none)
    uint32_t pinned = 0;                     // ids issued and not yet collected
  };
  const IdPage* idPage(uint64_t id) const {
    uint64_t p = id >> kIdPageBits;
    return p < idPages_.size() ? idPages_[p].get() : nullptr;
  }
  IdPage* idPage(uint64_t id) {
    uint64_t p = id >> kIdPageBits;
    return p < idPages_.size() ? idPages_[p].get() : nullptr;
  }
  void unpin(uint64_t id);
  std::vector<std::unique_ptr<IdPage>> idPages_;
  uint64_t idPagesReleased_ = 0;
  SegmentPool pool_;
  std::vector<Segment*> live_;     // live segments (swap-removed on death), for sweeps
  std::vector<uint64_t> deadIds_;  // dead ids not yet collected (segments and jump records)
  size_t collectThreshold_ = 4096;
  uint64_t liveBytes_ = 0, liveStackBytes_ = 0, peakLiveBytes_ = 0;
  uint64_t serial_ = 0, segmentsAllocated_ = 0, idsReclaimed_ = 0, sweeps_ = 0;
};

}  // namespace mswasm::rt
