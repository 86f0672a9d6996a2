// The address allocator (see address_space.h): first fit over the free ranges, found through an
// AVL tree keyed by range start in which every node also holds the longest range of its subtree.
#include "mswasm/runtime/address_space.h"

#include <algorithm>
#include <cassert>

namespace mswasm::rt {

namespace {
constexpr uint64_t kLowest = 0x10000;
constexpr uint64_t kTop = uint64_t(1) << 32;

uint64_t roundUp(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }
// The bytes actually reserved for a request of `size` bytes (as the store computes them).
uint64_t granules(uint64_t size) { return std::max<uint64_t>(16, roundUp(size, 16)); }
}  // namespace

AddressSpace::AddressSpace() {
  nodes_.reserve(64);
  nodes_.emplace_back();  // 0: the empty tree
  root_ = newNode(kLowest, kTop);
}

uint32_t AddressSpace::newNode(uint64_t start, uint64_t end) {
  assert(start < end && end <= kTop);
  uint32_t n = freeList_;
  if (n) {
    freeList_ = nodes_[n].left;
  } else {
    n = uint32_t(nodes_.size());
    nodes_.emplace_back();
  }
  Node& x = nodes_[n];
  x.start = uint32_t(start);
  x.len = x.maxLen = uint32_t(end - start);
  x.left = x.right = 0;
  x.height = 1;
  return n;
}

void AddressSpace::freeNode(uint32_t n) {
  nodes_[n].left = freeList_;
  freeList_ = n;
}

void AddressSpace::update(uint32_t t) {
  Node& x = nodes_[t];
  const Node &l = nodes_[x.left], &r = nodes_[x.right];
  x.height = 1 + std::max(l.height, r.height);
  x.maxLen = std::max({x.len, l.maxLen, r.maxLen});
}

uint32_t AddressSpace::rotateLeft(uint32_t t) {
  uint32_t r = nodes_[t].right;
  nodes_[t].right = nodes_[r].left;
  nodes_[r].left = t;
  update(t);
  update(r);
  return r;
}

uint32_t AddressSpace::rotateRight(uint32_t t) {
  uint32_t l = nodes_[t].left;
  nodes_[t].left = nodes_[l].right;
  nodes_[l].right = t;
  update(t);
  update(l);
  return l;
}

uint32_t AddressSpace::balance(uint32_t t) {
  update(t);
  uint32_t l = nodes_[t].left, r = nodes_[t].right;
  int32_t bf = nodes_[l].height - nodes_[r].height;
  if (bf > 1) {
    if (nodes_[nodes_[l].left].height < nodes_[nodes_[l].right].height) nodes_[t].left = rotateLeft(l);
    return rotateRight(t);
  }
  if (bf < -1) {
    if (nodes_[nodes_[r].right].height < nodes_[nodes_[r].left].height) nodes_[t].right = rotateRight(r);
    return rotateLeft(t);
  }
  return t;
}

uint32_t AddressSpace::insert(uint32_t t, uint32_t n) {
  if (!t) return n;
  if (nodes_[n].start < nodes_[t].start) {
    uint32_t l = insert(nodes_[t].left, n);
    nodes_[t].left = l;
  } else {
    uint32_t r = insert(nodes_[t].right, n);
    nodes_[t].right = r;
  }
  return balance(t);
}

uint32_t AddressSpace::removeMin(uint32_t t, uint32_t* min) {
  if (!nodes_[t].left) {
    *min = t;
    return nodes_[t].right;
  }
  uint32_t l = removeMin(nodes_[t].left, min);
  nodes_[t].left = l;
  return balance(t);
}

uint32_t AddressSpace::erase(uint32_t t, uint64_t start) {
  if (!t) return 0;
  if (start < nodes_[t].start) {
    uint32_t l = erase(nodes_[t].left, start);
    nodes_[t].left = l;
  } else if (start > nodes_[t].start) {
    uint32_t r = erase(nodes_[t].right, start);
    nodes_[t].right = r;
  } else {
    uint32_t l = nodes_[t].left, r = nodes_[t].right;
    freeNode(t);
    if (!r) return l;
    uint32_t m = 0;
    r = removeMin(r, &m);
    nodes_[m].left = l;
    nodes_[m].right = r;
    return balance(m);
  }
  return balance(t);
}

void AddressSpace::refreshPath(uint64_t start) {
  // An AVL tree of n nodes is at most 1.45 log2(n + 2) high; n < 2^28 (16-byte granules).
  uint32_t path[64];
  int depth = 0;
  for (uint32_t t = root_; t;) {
    assert(depth < 64);
    path[depth++] = t;
    if (start < nodes_[t].start) t = nodes_[t].left;
    else if (start > nodes_[t].start) t = nodes_[t].right;
    else break;
  }
  while (depth > 0) update(path[--depth]);
}

uint32_t AddressSpace::findFit(uint32_t t, uint64_t size, uint64_t align) const {
  // In key order, skipping every subtree whose longest range is shorter than `size`. A range of
  // length >= size may still be too short once its start is aligned: then go on to its right.
  while (t && nodes_[t].maxLen >= size) {
    const Node& x = nodes_[t];
    if (nodes_[x.left].maxLen >= size)
      if (uint32_t found = findFit(x.left, size, align)) return found;
    if (x.len >= size && roundUp(x.start, align) + size <= uint64_t(x.start) + x.len) return t;
    t = x.right;
  }
  return 0;
}

std::optional<uint32_t> AddressSpace::allocate(uint64_t size, uint32_t align) {
  size = granules(size);
  uint64_t a = std::max<uint64_t>(16, align);
  if (size >= kTop) return std::nullopt;  // longer than any range
  uint32_t n = findFit(root_, size, a);
  if (!n) return std::nullopt;
  uint64_t start = nodes_[n].start, end = start + nodes_[n].len;
  uint64_t at = roundUp(start, a), rest = at + size;
  if (at > start) {
    // [start, at) stays free in this node; [rest, end) becomes a new one.
    nodes_[n].len = uint32_t(at - start);
    refreshPath(start);
    if (rest < end) root_ = insert(root_, newNode(rest, end));
  } else if (rest < end) {
    // The node keeps its place in key order: nothing free lies between start and rest.
    nodes_[n].start = uint32_t(rest);
    nodes_[n].len = uint32_t(end - rest);
    refreshPath(rest);
  } else {
    root_ = erase(root_, start);
  }
  return uint32_t(at);
}

void AddressSpace::release(uint32_t addr, uint64_t size) {
  uint64_t start = addr, end = start + granules(size);
  assert(start >= kLowest && end <= kTop);
  // prev: the free range starting last before `start`; next: the first starting at or after it.
  uint32_t prev = 0, next = 0;
  for (uint32_t t = root_; t;) {
    if (nodes_[t].start < start) {
      prev = t;
      t = nodes_[t].right;
    } else {
      next = t;
      t = nodes_[t].left;
    }
  }
  assert(!prev || nodes_[prev].start + uint64_t(nodes_[prev].len) <= start);
  assert(!next || nodes_[next].start >= end);
  bool joinNext = next && nodes_[next].start == end;
  bool joinPrev = prev && nodes_[prev].start + uint64_t(nodes_[prev].len) == start;
  if (joinNext) end = nodes_[next].start + uint64_t(nodes_[next].len);
  if (joinPrev) {
    if (joinNext) root_ = erase(root_, nodes_[next].start);  // leaves node `prev` where it is
    nodes_[prev].len = uint32_t(end - nodes_[prev].start);
    refreshPath(nodes_[prev].start);
  } else if (joinNext) {
    nodes_[next].start = uint32_t(start);
    nodes_[next].len = uint32_t(end - start);
    refreshPath(start);
  } else {
    root_ = insert(root_, newNode(start, end));
  }
}

}  // namespace mswasm::rt
