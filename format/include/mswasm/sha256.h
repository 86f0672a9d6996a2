// SHA-256 (FIPS 180-4), for content hashes that need no crypto library: a caching key or a
// fingerprint of a module's bytes. `Sha256` hashes a stream given in pieces of any size (it
// buffers up to one 64-byte block and compresses each full block as it arrives); `sha256()`
// hashes one buffer. The digest is kept as four uint64 so it can be compared and hashed cheaply;
// `sha256Hex` gives the usual 64-character form (the same as `sha256sum` prints).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace mswasm {

// The 32 digest bytes read as four little-endian uint64: bytes 0-7 -> words[0], 8-15 ->
// words[1], and so on (byte 0 is the lowest byte of words[0]).
struct Sha256Digest {
  uint64_t words[4];
  friend bool operator==(const Sha256Digest&, const Sha256Digest&) = default;
};

// Incremental hasher: update() any number of times, then finish(). finish() returns the digest
// of everything given since construction (or since the last finish()) and starts over.
class Sha256 {
 public:
  Sha256() { reset(); }
  void update(const uint8_t* data, size_t n);
  Sha256Digest finish();

 private:
  void reset();
  void compress(const uint8_t* block);  // one 64-byte block into state_

  uint32_t state_[8];
  uint8_t buffer_[64];
  size_t buffered_ = 0;   // bytes in buffer_, always < 64 between calls
  uint64_t length_ = 0;   // message length so far, in bytes
};

Sha256Digest sha256(const uint8_t* data, size_t n);

// 64 lowercase hex digits of the 32 digest bytes in standard order (byte 0 first).
std::string sha256Hex(const Sha256Digest& d);

}  // namespace mswasm
