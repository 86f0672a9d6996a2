// The tags of one segment: which 8-byte granule starts hold a stored handle, and the handle.
// An open-addressing hash map from granule key (offset / 8) to Handle: keys in one array probed
// linearly (Fibonacci hashing spreads the consecutive keys of an array of pointers), values in a
// parallel array, deletion by backward shift (no tombstones), at most half full, shrunk when it
// empties. A lookup is one probe sequence in a small array and one value load, where the
// node-based std::unordered_map it replaces chased a pointer per bucket entry: pointer-heavy
// guest code loads a handle this way for every pointer it follows.
#pragma once

#include <cstdint>
#include <memory>
#include <utility>

#include "mswasm/runtime/value.h"

namespace mswasm::rt {

class TagMap {
 public:
  TagMap() = default;
  TagMap(const TagMap&) = delete;
  TagMap& operator=(const TagMap&) = delete;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear() {
    keys_.reset();
    values_.reset();
    cap_ = size_ = 0;
  }

  const Handle* get(uint32_t key) const {
    if (size_ == 0) return nullptr;
    for (size_t i = slot(key);; i = (i + 1) & (cap_ - 1)) {
      if (keys_[i] == key) return &values_[i];
      if (keys_[i] == kEmpty) return nullptr;
    }
  }
  bool contains(uint32_t key) const { return get(key) != nullptr; }

  // Inserts or overwrites.
  void set(uint32_t key, const Handle& h) {
    if ((size_ + 1) * 2 > cap_) rehash(cap_ ? cap_ * 2 : 16);
    size_t i = slot(key);
    for (; keys_[i] != kEmpty; i = (i + 1) & (cap_ - 1))
      if (keys_[i] == key) {
        values_[i] = h;
        return;
      }
    keys_[i] = key;
    values_[i] = h;
    ++size_;
  }

  bool erase(uint32_t key) {
    if (size_ == 0) return false;
    size_t i = slot(key);
    for (;; i = (i + 1) & (cap_ - 1)) {
      if (keys_[i] == kEmpty) return false;
      if (keys_[i] == key) break;
    }
    // Backward shift: move later entries of the probe run into the hole when they may.
    size_t hole = i;
    for (size_t j = (i + 1) & (cap_ - 1); keys_[j] != kEmpty; j = (j + 1) & (cap_ - 1)) {
      size_t home = slot(keys_[j]);
      // The entry at j may move to the hole if its home is not in (hole, j] (cyclically).
      bool between = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
      if (!between) {
        keys_[hole] = keys_[j];
        values_[hole] = values_[j];
        hole = j;
      }
    }
    keys_[hole] = kEmpty;
    --size_;
    if (size_ == 0) clear();
    else if (cap_ > 64 && size_ * 8 < cap_) rehash(cap_ / 2);
    return true;
  }

  // Calls f(key, handle) for every tag, in no particular order.
  template <typename F>
  void forEach(F&& f) const {
    for (size_t i = 0; i < cap_; ++i)
      if (keys_[i] != kEmpty) f(keys_[i], values_[i]);
  }
  // Removes every tag whose key satisfies pred(key).
  template <typename P>
  void eraseIf(P&& pred) {
    if (size_ == 0) return;
    size_t n = 0;
    auto keys = std::make_unique<uint32_t[]>(size_);
    forEach([&](uint32_t k, const Handle&) {
      if (pred(k)) keys[n++] = k;
    });
    for (size_t i = 0; i < n; ++i) erase(keys[i]);
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;  // keys are offset / 8 < 2^29
  size_t slot(uint32_t key) const { return size_t((uint64_t(key) * 0x9E3779B97F4A7C15ull) >> 32) & (cap_ - 1); }
  void rehash(size_t newCap) {
    auto oldKeys = std::move(keys_);
    auto oldValues = std::move(values_);
    size_t oldCap = cap_;
    keys_ = std::make_unique<uint32_t[]>(newCap);
    values_ = std::make_unique<Handle[]>(newCap);
    for (size_t i = 0; i < newCap; ++i) keys_[i] = kEmpty;
    cap_ = newCap;
    size_ = 0;
    for (size_t i = 0; i < oldCap; ++i)
      if (oldKeys[i] != kEmpty) set(oldKeys[i], oldValues[i]);
  }

  std::unique_ptr<uint32_t[]> keys_;
  std::unique_ptr<Handle[]> values_;
  size_t cap_ = 0, size_ = 0;
};

}  // namespace mswasm::rt
