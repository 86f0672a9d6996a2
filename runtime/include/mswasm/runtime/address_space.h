// The segment store's address allocator: unique, aligned ranges of the 32-bit address space at or
// above 0x10000 (docs/spec.md, "Segments and the address space"). First fit, so the layout is a
// function of the sequence of allocations and frees alone: allocate returns the lowest-addressed
// free range in which roundUp(start, align) + size fits, splits it, and release coalesces a freed
// range with its free neighbours. Both engine tiers and the tests depend on these addresses.
//
// How: the free ranges are the nodes of an AVL tree keyed by start address, each node also holding
// the longest range in its subtree. allocate descends to the leftmost range at least `size` long,
// skipping whole subtrees whose longest range is shorter; a candidate that alignment padding makes
// too short is passed over and the search goes on to its right (a range of length >=
// size + align - 16 always fits, so only ranges shorter than that can be passed over). allocate and
// release are O(log n) in the number of free ranges (plus O(log n) per range passed over for
// alignment). Nodes live in a vector with a free list: no heap allocation per operation once the
// vector has grown.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace mswasm::rt {

class AddressSpace {
 public:
  AddressSpace();
  // `size` is rounded up to a multiple of 16 (at least 16); `align` a power of two >= 16.
  std::optional<uint32_t> allocate(uint64_t size, uint32_t align);
  // Gives back a range returned by allocate (same `size`, rounded the same way).
  void release(uint32_t addr, uint64_t size);

 private:
  // A free range [start, start + len). Index 0 is the empty tree (height 0, maxLen 0).
  struct Node {
    uint32_t start = 0;
    uint32_t len = 0;     // < 2^32: every range lies in [0x10000, 2^32)
    uint32_t maxLen = 0;  // longest range in this subtree
    uint32_t left = 0, right = 0;
    int32_t height = 0;
  };

  uint32_t newNode(uint64_t start, uint64_t end);
  void freeNode(uint32_t n);
  void update(uint32_t t);
  uint32_t rotateLeft(uint32_t t);
  uint32_t rotateRight(uint32_t t);
  uint32_t balance(uint32_t t);
  uint32_t insert(uint32_t t, uint32_t n);
  uint32_t removeMin(uint32_t t, uint32_t* min);
  uint32_t erase(uint32_t t, uint64_t start);
  // Recomputes maxLen on the path from the root to the node starting at `start`, after that
  // node's start or length changed without changing its place in key order.
  void refreshPath(uint64_t start);
  // The leftmost node of subtree t in which `size` bytes aligned to `align` fit, or 0.
  uint32_t findFit(uint32_t t, uint64_t size, uint64_t align) const;

  std::vector<Node> nodes_;
  uint32_t root_ = 0;
  uint32_t freeList_ = 0;  // unused nodes, linked through `left`
};

}  // namespace mswasm::rt
