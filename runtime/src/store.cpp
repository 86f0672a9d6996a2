// The segment store (see store.h for the design; the address allocator is address_space.cpp).
#include "mswasm/runtime/store.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstring>
#include <new>

#include "mint.h"

namespace mswasm::rt {

namespace {
constexpr size_t kMinCollectThreshold = 4096;

uint64_t roundUp(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }
}  // namespace

namespace {
// Reserves `bytes` of address space, the first `accessible` of them readable and writable and
// committed lazily by the OS (MAP_NORESERVE), the rest inaccessible.
uint8_t* reserve(uint64_t bytes, uint64_t accessible) {
  void* p = ::mmap(nullptr, bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  if (accessible && ::mprotect(p, accessible, PROT_READ | PROT_WRITE) != 0) {
    ::munmap(p, bytes);
    throw std::bad_alloc();
  }
  return static_cast<uint8_t*>(p);
}

// Zeroes [p, p + n): small ranges by memset, whole pages inside large ones by handing them back
// to the OS (they read as zero again and stop counting as resident).
void zeroRange(uint8_t* p, uint64_t n) {
  constexpr uint64_t kPage = 4096;
  if (n < 16 * kPage) {
    std::memset(p, 0, n);
    return;
  }
  uintptr_t a = reinterpret_cast<uintptr_t>(p), e = a + n;
  uintptr_t pa = (a + kPage - 1) & ~(kPage - 1), pe = e & ~(kPage - 1);
  std::memset(p, 0, pa - a);
  if (::madvise(reinterpret_cast<void*>(pa), pe - pa, MADV_DONTNEED) != 0)
    std::memset(reinterpret_cast<void*>(pa), 0, pe - pa);
  std::memset(reinterpret_cast<void*>(pe), 0, e - pe);
}
}  // namespace

Store::~Store() {
  if (region_) ::munmap(region_, kRegionBytes);
  if (idFlags_) ::munmap(idFlags_, kMaxIds);
  if (shadow_) ::munmap(shadow_, kShadowBytes);
}

Store::Store(Limits limits, RootVisitor roots) : limits_(limits), roots_(std::move(roots)) {
  region_ = reserve(kRegionBytes, kRegionAccessible);
  try {
    idFlags_ = reserve(kMaxIds, kMaxIds);
    shadow_ = reinterpret_cast<TagEntry*>(reserve(kShadowBytes, kShadowBytes));
  } catch (...) {
    if (idFlags_) ::munmap(idFlags_, kMaxIds);
    ::munmap(region_, kRegionBytes);
    idFlags_ = nullptr;
    region_ = nullptr;
    throw;
  }
  idLimit_ = limits_.idBits >= 64 ? UINT64_MAX : (uint64_t(1) << limits_.idBits);
  idPages_.push_back(std::make_unique<IdPage>());  // holds id 0: null and invalid handles
  idPages_[0]->pinned = 1;                          // never released
}

std::optional<uint64_t> Store::newId(IdState state) {
  uint64_t id = 0;
  if (freeIds_.empty() && nextId_ < idLimit_ && nextId_ < kMaxIds) {
    id = nextId_++;
    if ((id >> kIdPageBits) == idPages_.size()) idPages_.push_back(std::make_unique<IdPage>());
  } else {
    if (freeIds_.empty()) collect(true);
    if (freeIds_.empty()) return std::nullopt;
    id = freeIds_.back();
    freeIds_.pop_back();
  }
  IdPage* pg = idPage(id);
  pg->states[id & kIdPageMask] = state;
  ++pg->pinned;
  idFlags_[id] = 0;
  return id;
}

void Store::setState(uint64_t id, IdState st) {
  IdPage* pg = idPage(id);
  if (!pg) return;
  pg->states[id & kIdPageMask] = st;
  if (st == IdState::JumpDead) deadIds_.push_back(id);
}

// A collected id no longer needs its page; the page goes when every id in it was issued and
// collected (64-bit ids only: narrow ids are reused, and their pages are few).
void Store::unpin(uint64_t id) {
  uint64_t p = id >> kIdPageBits;
  IdPage* pg = idPages_[p].get();
  if (--pg->pinned != 0 || limits_.idBits < 64 || ((p + 1) << kIdPageBits) > nextId_) return;
  idPages_[p].reset();
  ++idPagesReleased_;
  // Their flags are all zero (dead ids); hand the page back to the OS.
  ::madvise(idFlags_ + (p << kIdPageBits), size_t(1) << kIdPageBits, MADV_DONTNEED);
}

std::optional<uint32_t> Store::reserveCodeAddress() { return space_.allocate(16, 16); }

uint32_t StackDepot::intern(const CallSite* sites, size_t n) {
  if (n == 0) return 0;
  uint64_t h = 0x9e3779b97f4a7c15ull * (n + 1);
  for (size_t i = 0; i < n; ++i) {
    h ^= (uint64_t(sites[i].func) << 32) | sites[i].instr;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
  }
  const uint64_t tag = (h >> 32) | 1;  // never 0, so an entry is never the empty value
  if (table_.empty()) table_.assign(1024, 0);
  size_t mask = table_.size() - 1;
  size_t i = tag & mask;
  for (;; i = (i + 1) & mask) {
    uint64_t e = table_[i];
    if (e == 0) break;
    if ((e >> 32) != tag) continue;
    uint32_t id = uint32_t(e);
    if (offsets_[id + 1] - offsets_[id] == n &&
        std::equal(sites, sites + n, sites_.begin() + offsets_[id]))
      return id;
  }
  uint32_t id = uint32_t(offsets_.size() - 1);
  if (id >= (uint32_t(1) << 22)) return 0;  // bound the depot: site unknown
  sites_.insert(sites_.end(), sites, sites + n);
  offsets_.push_back(uint32_t(sites_.size()));
  table_[i] = (tag << 32) | id;
  if (uint64_t(id) * 2 > table_.size()) grow();
  return id;
}

static uint64_t prependHash(CallSite top, uint32_t below) {
  uint64_t h = (uint64_t(top.func) << 32 | top.instr) * 0x9e3779b97f4a7c15ull;
  h ^= (h >> 29) ^ (uint64_t(below) * 0xbf58476d1ce4e5b9ull);
  return h ^ (h >> 32);
}

uint32_t StackDepot::prepend(CallSite top, uint32_t below, size_t maxFrames) {
  if (below == kUnknown) return 0;
  uint64_t h = prependHash(top, below);
  if (memo_.empty()) memo_.resize(1024);
  size_t mask = memo_.size() - 1;
  size_t i = h & mask;
  for (; memo_[i].id != 0; i = (i + 1) & mask)
    if (memo_[i].below == below && memo_[i].top == top && memo_[i].maxFrames == maxFrames) return memo_[i].id;
  // First time: the stack itself, interned as captureSite() would.
  CallSite sites[64];
  size_t n = 0;
  sites[n++] = top;
  if (below != 0 && below + 1 < offsets_.size())
    for (uint32_t k = offsets_[below]; k < offsets_[below + 1] && n < maxFrames && n < 64; ++k) sites[n++] = sites_[k];
  uint32_t id = intern(sites, n);
  if (id == 0 || memoUsed_ >= (size_t(1) << 22)) return id;  // the memo is bounded like the depot
  memo_[i] = PrependEntry{top, below, uint32_t(maxFrames), id};
  if (++memoUsed_ * 2 > memo_.size()) {
    std::vector<PrependEntry> old = std::move(memo_);
    memo_.assign(old.size() * 2, PrependEntry{});
    size_t m = memo_.size() - 1;
    for (const PrependEntry& e : old) {
      if (e.id == 0) continue;
      size_t j = prependHash(e.top, e.below) & m;
      while (memo_[j].id != 0) j = (j + 1) & m;
      memo_[j] = e;
    }
  }
  return id;
}

void StackDepot::grow() {
  std::vector<uint64_t> old = std::move(table_);
  table_.assign(old.size() * 2, 0);
  size_t mask = table_.size() - 1;
  for (uint64_t e : old) {
    if (e == 0) continue;
    size_t i = (e >> 32) & mask;
    while (table_[i]) i = (i + 1) & mask;
    table_[i] = e;
  }
}

Segment* Store::allocate(SegKind kind, uint32_t size, uint32_t align, uint32_t allocStack,
                         AllocFail* why) {
  *why = AllocFail::None;
  if (liveBytes_ + size > limits_.maxMemory) {
    *why = AllocFail::Memory;
    return nullptr;
  }
  if (kind == SegKind::Stack && liveStackBytes_ + size > limits_.stackLimit) {
    *why = AllocFail::StackLimit;
    return nullptr;
  }
  std::optional<uint32_t> addr = space_.allocate(size, std::max<uint32_t>(16, align));
  if (!addr) {
    *why = AllocFail::Address;
    return nullptr;
  }
  std::optional<uint64_t> id = newId(IdState::Live);
  if (!id) {
    space_.release(*addr, size);
    *why = AllocFail::Id;
    return nullptr;
  }
  Segment* seg = pool_.get();
  seg->id = *id;
  seg->serial = ++serial_;
  seg->addr = *addr;
  seg->size = size;
  seg->reserved = uint32_t(std::max<uint64_t>(16, roundUp(size, 16)));
  seg->kind = kind;
  seg->bytes = SegmentBytes{region_ + *addr, size};  // free ranges read as zero
  seg->allocStack = allocStack;
  Segment* raw = seg;
  raw->liveIndex = uint32_t(live_.size());
  live_.push_back(raw);
  idPage(*id)->records[*id & kIdPageMask] = seg;
  refresh(raw);
  liveBytes_ += size;
  if (kind == SegKind::Stack) liveStackBytes_ += size;
  peakLiveBytes_ = std::max(peakLiveBytes_, liveBytes_);
  ++segmentsAllocated_;
  return raw;
}

Handle Store::handleAt(uint64_t addr, const TagEntry& e) const {
  uint32_t stored;  // a tagged granule's first 4 bytes are the stored handle's address
  std::memcpy(&stored, region_ + addr, 4);
  return HandleMint::make(e.kind(), e.base, int32_t(stored - e.base), e.bound, e.id());
}

std::optional<Handle> Store::taggedHandle(const Segment* s, uint64_t rel) const {
  if (!s->mayHoldTags) return std::nullopt;
  const TagEntry& e = shadow_[(s->addr + rel) >> 3];
  if (!e.tagged()) return std::nullopt;
  return handleAt(s->addr + rel, e);
}

void Store::setTag(Segment* s, uint64_t rel, const Handle& h) {
  shadow_[(s->addr + rel) >> 3] = TagEntry::of(h);
  if (!s->mayHoldTags) {
    s->mayHoldTags = true;
    refresh(s);
  }
}

void Store::clearTags(Segment* s, uint64_t rel, uint64_t n) {
  if (!s->mayHoldTags || n == 0) return;
  uint64_t first, last;
  overlappingKeys(rel, n, &first, &last);
  TagEntry* e = shadow_ + (s->addr >> 3);
  for (uint64_t k = first; k <= last; ++k)
    if (e[k].tagged()) e[k] = TagEntry{};
}

bool Store::anyTag(const Segment* s, uint64_t rel, uint64_t n) const {
  if (!s->mayHoldTags || n == 0) return false;
  uint64_t first, last;
  overlappingKeys(rel, n, &first, &last);
  const TagEntry* e = shadow_ + (s->addr >> 3);
  for (uint64_t k = first; k <= last; ++k)
    if (e[k].tagged()) return true;
  return false;
}

void Store::clearAllTags(Segment* s) {
  if (!s->mayHoldTags) return;
  zeroRange(reinterpret_cast<uint8_t*>(shadow_ + (s->addr >> 3)), uint64_t(s->reserved) / 8 * sizeof(TagEntry));
  s->mayHoldTags = false;
}

void Store::closeScope(Segment* s, uint32_t freeStack) {
  if (s->state != IdState::Live) return;
  s->state = IdState::Scope;
  idPage(s->id)->states[s->id & kIdPageMask] = IdState::Scope;
  s->freeStack = freeStack;
  refresh(s);
}

void Store::reopenScope(Segment* s) {
  if (s->state != IdState::Scope) return;
  s->state = IdState::Live;
  idPage(s->id)->states[s->id & kIdPageMask] = IdState::Live;
  zeroRange(s->bytes.data(), s->bytes.size());
  clearAllTags(s);
  s->freeStack = 0;
  refresh(s);
}

void Store::kill(Segment* s, IdState cause, uint32_t freeStack) {
  if (s->state != IdState::Live && s->state != IdState::Scope) return;
  s->state = cause;
  idPage(s->id)->states[s->id & kIdPageMask] = cause;
  live_[s->liveIndex] = live_.back();
  live_[s->liveIndex]->liveIndex = s->liveIndex;
  live_.pop_back();
  s->freeStack = freeStack;
  space_.release(s->addr, s->size);
  liveBytes_ -= s->size;
  if (s->kind == SegKind::Stack) liveStackBytes_ -= s->size;
  zeroRange(s->bytes.data(), s->bytes.size());
  s->bytes = SegmentBytes{};
  clearAllTags(s);
  refresh(s);
  deadIds_.push_back(s->id);
  if (deadIds_.size() > collectThreshold_) collect(limits_.idBits < 64);
}

void Store::collect(bool reclaim) {
  ++sweeps_;
  std::vector<uint64_t> marked;
  auto mark = [&](const Handle& h) {
    if (h.authoritative()) marked.push_back(h.id());
  };
  if (roots_) roots_(mark);
  for (const Segment* seg : live_)
    forEachTag(seg, 0, UINT32_MAX, [&](uint64_t, const Handle& h) { mark(h); });
  std::sort(marked.begin(), marked.end());
  marked.erase(std::unique(marked.begin(), marked.end()), marked.end());
  std::vector<uint64_t> kept, reclaimed;
  for (uint64_t id : deadIds_) {
    IdPage* pg = idPage(id);
    IdState st = pg->states[id & kIdPageMask];
    bool dead = st == IdState::Freed || st == IdState::Scope || st == IdState::Returned ||
                st == IdState::JumpDead || st == IdState::Released;
    if (!dead) continue;  // already collected
    if (std::binary_search(marked.begin(), marked.end(), id)) {
      kept.push_back(id);
      continue;
    }
    Segment*& rec = pg->records[id & kIdPageMask];
    if (rec) pool_.put(rec);
    rec = nullptr;
    if (reclaim) {
      pg->states[id & kIdPageMask] = IdState::Unused;
      reclaimed.push_back(id);
    }
    unpin(id);
  }
  deadIds_ = std::move(kept);
  collectThreshold_ = std::max(kMinCollectThreshold, 2 * deadIds_.size());
  // With 64-bit ids a sweep only drops records no handle can reach again (unobservable), so
  // its cost (every live segment's tags) is amortised over at least as many frees as there are
  // live segments: constant work per free instead of a full sweep every 4096 frees.
  if (!reclaim) collectThreshold_ = std::max(collectThreshold_, 2 * live_.size());
  idsReclaimed_ += reclaimed.size();
  // Hand out the lowest reclaimed id first.
  std::sort(reclaimed.begin(), reclaimed.end(), std::greater<uint64_t>());
  freeIds_.insert(freeIds_.begin(), reclaimed.begin(), reclaimed.end());
}

}  // namespace mswasm::rt
