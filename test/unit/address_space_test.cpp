// The address allocator (runtime/include/mswasm/runtime/address_space.h) against a reference: the
// original linear first-fit over a std::map of free ranges. Both engine tiers and many test
// expectations depend on the addresses, so every result must match the reference exactly.
#include "mswasm/runtime/address_space.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <vector>

using mswasm::rt::AddressSpace;

namespace {

constexpr uint64_t kLowest = 0x10000;
constexpr uint64_t kTop = uint64_t(1) << 32;

uint64_t roundUp(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }

// The allocator as it was: scan the free ranges in address order, take the first that fits.
class Reference {
 public:
  Reference() { free_[kLowest] = kTop; }
  std::optional<uint32_t> allocate(uint64_t size, uint32_t align) {
    size = std::max<uint64_t>(16, roundUp(size, 16));
    uint64_t a = std::max<uint64_t>(16, align);
    for (auto it = free_.begin(); it != free_.end(); ++it) {
      uint64_t start = it->first, end = it->second;
      uint64_t at = roundUp(start, a);
      if (at + size > end) continue;
      free_.erase(it);
      if (at > start) free_[start] = at;
      if (at + size < end) free_[at + size] = end;
      return uint32_t(at);
    }
    return std::nullopt;
  }
  void release(uint32_t addr, uint64_t size) {
    size = std::max<uint64_t>(16, roundUp(size, 16));
    uint64_t start = addr, end = addr + size;
    auto next = free_.lower_bound(start);
    if (next != free_.end() && next->first == end) {
      end = next->second;
      next = free_.erase(next);
    }
    if (next != free_.begin()) {
      auto prev = std::prev(next);
      if (prev->second == start) {
        prev->second = end;
        return;
      }
    }
    free_[start] = end;
  }
  size_t ranges() const { return free_.size(); }

 private:
  std::map<uint64_t, uint64_t> free_;  // start -> end (exclusive)
};

// Both allocators side by side; every allocate is checked against the reference.
struct Pair {
  AddressSpace as;
  Reference ref;
  struct Live {
    uint32_t addr;
    uint64_t size;
  };
  std::vector<Live> live;

  std::optional<uint32_t> allocate(uint64_t size, uint32_t align) {
    std::optional<uint32_t> want = ref.allocate(size, align), got = as.allocate(size, align);
    EXPECT_EQ(got, want) << "allocate(" << size << ", " << align << ")";
    if (want) live.push_back({*want, size});
    return want;
  }
  void releaseAt(size_t i) {
    Live l = live[i];
    live[i] = live.back();
    live.pop_back();
    ref.release(l.addr, l.size);
    as.release(l.addr, l.size);
  }
};

// Probes copies of both allocators with a fixed set of requests: the free ranges agree.
void probe(const Pair& p) {
  static const uint64_t sizes[] = {1, 16, 48, 100, 4096, 65536, 1 << 20, uint64_t(1) << 26};
  static const uint32_t aligns[] = {16, 64, 4096, 65536, 1u << 24};
  AddressSpace as = p.as;
  Reference ref = p.ref;
  for (uint64_t s : sizes)
    for (uint32_t a : aligns) ASSERT_EQ(as.allocate(s, a), ref.allocate(s, a)) << "probe " << s << ", " << a;
}

uint32_t randomAlign(std::mt19937_64& rng) {
  // mostly 16 (the store's default), otherwise a power of two up to 65536, rarely far larger
  uint64_t r = rng() % 100;
  if (r < 55) return 16;
  if (r < 98) return 16u << (rng() % 13);  // 16 .. 65536
  return 1u << (17 + rng() % 15);          // 2^17 .. 2^31
}

uint64_t randomSize(std::mt19937_64& rng, int phase) {
  uint64_t r = rng() % 100;
  if (r < 50) return rng() % 129;              // 0 .. 128: granule rounding, zero size
  if (r < 80) return 1 + rng() % 4096;
  if (r < 95) return 1 + rng() % 65536;
  if (phase == 0) return 1 + rng() % (1 << 22);
  return 1 + rng() % (uint64_t(1) << 28);  // a few huge ones: the space runs out
}

}  // namespace

TEST(AddressSpace, RandomDifferentialAgainstLinearFirstFit) {
  int failures = 0;
  for (uint64_t seed = 1; seed <= 8; ++seed) {
    SCOPED_TRACE(seed);
    std::mt19937_64 rng(seed);
    Pair p;
    for (int step = 0; step < 6000; ++step) {
      int phase = step / 3000 == 0 ? 0 : 1;
      // grow for a while, then shrink, so that fragmentation rises and falls
      bool growing = (step / 700) % 2 == 0;
      bool doAlloc = p.live.empty() || (rng() % 100) < (growing ? 70u : 35u);
      if (doAlloc) {
        if (!p.allocate(randomSize(rng, phase), randomAlign(rng))) ++failures;
      } else {
        p.releaseAt(rng() % p.live.size());
      }
      if (step % 500 == 499) probe(p);
      if (HasFailure()) return;
    }
    // release everything in random order: back to one range
    while (!p.live.empty()) p.releaseAt(rng() % p.live.size());
    EXPECT_EQ(p.ref.ranges(), 1u);
    EXPECT_EQ(p.as.allocate(kTop - kLowest, 16), std::optional<uint32_t>(uint32_t(kLowest)));
  }
  // the second phase's huge requests and alignments exhaust the space now and then
  EXPECT_GT(failures, 0);
}

TEST(AddressSpace, ManySmallHolesThenMixedRequests) {
  // thousands of free ranges (a deep tree), then requests of every alignment among them
  std::mt19937_64 rng(42);
  Pair p;
  for (int i = 0; i < 6000; ++i) p.allocate(16 * (1 + rng() % 8), 16);
  // free every other one, and some runs of neighbours (coalescing on both sides)
  for (size_t i = p.live.size(); i-- > 0;)
    if (i % 2 == 0 || rng() % 5 == 0) p.releaseAt(i);
  probe(p);
  for (int i = 0; i < 4000 && !HasFailure(); ++i) {
    if (p.live.empty() || rng() % 3) {
      uint64_t size = 16 * (1 + rng() % 16);
      uint32_t align = 16u << (rng() % 6);  // 16 .. 512: many candidates fail on alignment
      p.allocate(size, align);
    } else {
      p.releaseAt(rng() % p.live.size());
    }
  }
  probe(p);
}

TEST(AddressSpace, ExhaustionNearTheTop) {
  Pair p;
  // the whole space in one request, then nothing more fits
  EXPECT_EQ(p.allocate(kTop - kLowest, 16), std::optional<uint32_t>(uint32_t(kLowest)));
  EXPECT_FALSE(p.allocate(0, 16));
  EXPECT_FALSE(p.allocate(16, 16));
  p.releaseAt(0);
  // larger than the space; sizes that round up past 2^32
  EXPECT_FALSE(p.allocate(kTop - kLowest + 1, 16));
  EXPECT_FALSE(p.allocate(kTop, 16));
  EXPECT_FALSE(p.allocate(0xffffffffu, 16));
  EXPECT_FALSE(p.allocate(uint64_t(1) << 40, 16));
  // all but the last granule, then the last granule
  EXPECT_EQ(p.allocate(kTop - kLowest - 16, 16), std::optional<uint32_t>(uint32_t(kLowest)));
  EXPECT_EQ(p.allocate(1, 16), std::optional<uint32_t>(0xfffffff0u));
  EXPECT_FALSE(p.allocate(1, 16));
  // free the top granule: it is found again, by requests that fit it only
  p.releaseAt(1);
  EXPECT_FALSE(p.allocate(32, 16));
  EXPECT_FALSE(p.allocate(16, 32));  // 0xfffffff0 is not 32-aligned
  EXPECT_EQ(p.allocate(16, 16), std::optional<uint32_t>(0xfffffff0u));
}

TEST(AddressSpace, AlignmentLargerThanHoles) {
  Pair p;
  // holes of 64 bytes at 16 mod 4096, each long enough for the size but never once aligned
  std::vector<uint32_t> gaps;
  for (int i = 0; i < 200; ++i) {
    p.allocate(16, 16);
    gaps.push_back(*p.allocate(64, 16));
    p.allocate(4096 - 80, 16);
  }
  for (uint32_t g : gaps) {
    auto it = std::find_if(p.live.begin(), p.live.end(), [&](const Pair::Live& l) { return l.addr == g; });
    p.releaseAt(size_t(it - p.live.begin()));
  }
  uint32_t tail = uint32_t(kLowest) + 200 * 4096;
  // 64 bytes aligned to 4096: every hole is passed over, the tail is taken
  EXPECT_EQ(p.allocate(64, 4096), std::optional<uint32_t>(tail));
  // 48 bytes aligned to 32: the first hole fits at its 32-aligned address
  EXPECT_EQ(p.allocate(48, 32), std::optional<uint32_t>(uint32_t(kLowest) + 32));
  // 16 bytes aligned to 64 fits in the second hole at 64 past its start
  EXPECT_EQ(p.allocate(16, 64), std::optional<uint32_t>(uint32_t(kLowest) + 4096 + 64));
  // 64 bytes aligned to 32 fits no hole (16 + 64 > 64, and the second is now 48 long): the tail
  EXPECT_EQ(p.allocate(64, 32), std::optional<uint32_t>(tail + 64));
  // the largest alignments
  EXPECT_EQ(p.allocate(16, 1u << 31), std::optional<uint32_t>(0x80000000u));
  EXPECT_FALSE(p.allocate(16, 1u << 31));
  EXPECT_EQ(p.allocate(16, 1u << 30), std::optional<uint32_t>(0x40000000u));
  EXPECT_EQ(p.allocate(16, 1u << 30), std::optional<uint32_t>(0xc0000000u));
  probe(p);
}

TEST(AddressSpace, CoalescingOnBothSides) {
  Pair p;
  uint32_t a = *p.allocate(32, 16), b = *p.allocate(48, 16), c = *p.allocate(16, 16), d = *p.allocate(64, 16);
  EXPECT_EQ(b, a + 32);
  EXPECT_EQ(c, b + 48);
  EXPECT_EQ(d, c + 16);
  auto index = [&](uint32_t addr) {
    return size_t(std::find_if(p.live.begin(), p.live.end(), [&](const Pair::Live& l) { return l.addr == addr; }) -
                  p.live.begin());
  };
  p.releaseAt(index(a));
  p.releaseAt(index(c));
  probe(p);
  p.releaseAt(index(b));  // joins a and c: one 96-byte range
  probe(p);
  EXPECT_EQ(p.allocate(96, 16), std::optional<uint32_t>(a));
  p.releaseAt(index(a));
  p.releaseAt(index(d));  // joins the 96 bytes before and the rest of the space after it
  probe(p);
  EXPECT_EQ(p.allocate(kTop - kLowest, 16), std::optional<uint32_t>(uint32_t(kLowest)));
  p.releaseAt(index(uint32_t(kLowest)));
  // joins only the range after it; then only the one before it
  uint32_t x = *p.allocate(16, 16), y = *p.allocate(16, 16), z = *p.allocate(16, 16);
  p.releaseAt(index(z));  // z joins the tail
  p.releaseAt(index(x));  // x is a lone range
  EXPECT_EQ(p.allocate(32, 16), std::optional<uint32_t>(z));
  p.releaseAt(index(y));  // y joins x before it; the range after it is taken
  EXPECT_EQ(p.allocate(32, 16), std::optional<uint32_t>(x));
  probe(p);
}

TEST(AddressSpace, ZeroSizeAndRoundingTakeOneGranule) {
  Pair p;
  EXPECT_EQ(p.allocate(0, 0), std::optional<uint32_t>(uint32_t(kLowest)));
  EXPECT_EQ(p.allocate(1, 1), std::optional<uint32_t>(uint32_t(kLowest) + 16));
  EXPECT_EQ(p.allocate(17, 16), std::optional<uint32_t>(uint32_t(kLowest) + 32));
  EXPECT_EQ(p.allocate(16, 16), std::optional<uint32_t>(uint32_t(kLowest) + 64));
  auto index = [&](uint32_t addr) {
    return size_t(std::find_if(p.live.begin(), p.live.end(), [&](const Pair::Live& l) { return l.addr == addr; }) -
                  p.live.begin());
  };
  p.releaseAt(index(uint32_t(kLowest)));
  p.releaseAt(index(uint32_t(kLowest) + 16));
  EXPECT_EQ(p.allocate(32, 16), std::optional<uint32_t>(uint32_t(kLowest)));
  probe(p);
}

TEST(AddressSpace, CopiesAreIndependent) {
  AddressSpace a;
  uint32_t x = *a.allocate(100, 16);
  AddressSpace b = a;
  a.release(x, 100);
  EXPECT_EQ(a.allocate(16, 16), std::optional<uint32_t>(x));
  EXPECT_EQ(b.allocate(16, 16), std::optional<uint32_t>(x + 112));
}
