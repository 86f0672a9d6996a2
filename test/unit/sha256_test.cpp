// Tests of the SHA-256 implementation (format/src/sha256.cpp): the FIPS 180-4 example messages
// (empty, "abc", the 448-bit two-block message, one million 'a'), the incremental API fed in
// uneven pieces, messages around the padding boundaries, the Sha256Digest word layout, and the
// hex form against `sha256sum` (its output for each message is recorded below; when sha256sum
// is on PATH the live check runs it as well).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "mswasm/sha256.h"

namespace mswasm {
namespace {

const uint8_t* bytes(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.data()); }

Sha256Digest hashOf(const std::string& s) { return sha256(bytes(s), s.size()); }

struct Vector {
  std::string message;
  const char* hex;  // `printf %s message | sha256sum` (the digests FIPS 180-4's examples give)
};

const std::vector<Vector>& fipsVectors() {
  static const std::vector<Vector> v = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {std::string(1000000, 'a'),
       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
  };
  return v;
}

TEST(Sha256, FipsVectorsOneShot) {
  for (const Vector& v : fipsVectors())
    EXPECT_EQ(sha256Hex(hashOf(v.message)), v.hex) << "message length " << v.message.size();
}

TEST(Sha256, Message448BitsIsTwoBlocks) {
  // 56 bytes: the length no longer fits after the 0x80, so padding takes a second block.
  const Vector& v = fipsVectors()[2];
  ASSERT_EQ(v.message.size() * 8, 448u);
  EXPECT_EQ(sha256Hex(hashOf(v.message)), v.hex);
}

TEST(Sha256, MillionAInUnevenChunks) {
  const Vector& v = fipsVectors()[3];
  ASSERT_EQ(v.message.size(), 1000000u);
  // Piece sizes cycle through values that cross block boundaries at every offset, including
  // empty updates, single bytes and several blocks at once.
  static constexpr size_t kSizes[] = {1, 0, 63, 64, 65, 7, 129, 3, 200, 1000, 31, 4096, 55, 56, 57};
  Sha256 h;
  size_t pos = 0, i = 0;
  while (pos < v.message.size()) {
    size_t n = std::min(kSizes[i++ % std::size(kSizes)], v.message.size() - pos);
    h.update(bytes(v.message) + pos, n);
    pos += n;
  }
  EXPECT_EQ(sha256Hex(h.finish()), v.hex);
}

TEST(Sha256, IncrementalMatchesOneShot) {
  for (const Vector& v : fipsVectors()) {
    Sha256 h;
    for (size_t pos = 0; pos < v.message.size();) {  // pieces of 1, 2, 3, ... bytes
      size_t n = std::min(pos % 97 + 1, v.message.size() - pos);
      h.update(bytes(v.message) + pos, n);
      pos += n;
    }
    EXPECT_EQ(h.finish(), hashOf(v.message)) << "message length " << v.message.size();
  }
}

TEST(Sha256, FinishStartsOver) {
  Sha256 h;
  std::string abc = "abc";
  h.update(bytes(abc), 3);
  EXPECT_EQ(sha256Hex(h.finish()), fipsVectors()[1].hex);
  EXPECT_EQ(sha256Hex(h.finish()), fipsVectors()[0].hex);
  h.update(bytes(abc), 3);
  EXPECT_EQ(sha256Hex(h.finish()), fipsVectors()[1].hex);
}

TEST(Sha256, PaddingBoundaries) {
  // Around 55/56 bytes (one padding block or two) and 64 (a full block before padding): byte by
  // byte must equal one shot, and every length must give a different digest.
  std::vector<Sha256Digest> seen;
  for (size_t len : {0, 1, 54, 55, 56, 57, 62, 63, 64, 65, 119, 120, 127, 128, 129}) {
    std::string m(len, '\0');
    for (size_t i = 0; i < len; ++i) m[i] = char(i * 37 + 11);
    Sha256 h;
    for (size_t i = 0; i < len; ++i) h.update(bytes(m) + i, 1);
    Sha256Digest d = hashOf(m);
    EXPECT_EQ(h.finish(), d) << "length " << len;
    for (const Sha256Digest& o : seen) EXPECT_NE(o, d) << "length " << len;
    seen.push_back(d);
  }
}

TEST(Sha256, DigestWordsAreLittleEndianBytes) {
  // "abc": digest bytes ba 78 16 bf 8f 01 cf ea | 41 41 40 de 5d ae 22 23 | ...
  Sha256Digest d = hashOf("abc");
  EXPECT_EQ(d.words[0], 0xeacf018fbf1678baull);
  EXPECT_EQ(d.words[1], 0x2322ae5dde404141ull);
  EXPECT_EQ(d.words[2], 0x9c7a1796a36103b0ull);
  EXPECT_EQ(d.words[3], 0xad1500f261ff10b4ull);
  // And in general: hex digit pair i is byte i, byte i is bits 8*(i%8).. of words[i/8].
  for (const Vector& v : fipsVectors()) {
    Sha256Digest w = hashOf(v.message);
    std::string hex = sha256Hex(w);
    ASSERT_EQ(hex.size(), 64u);
    for (int i = 0; i < 32; ++i) {
      unsigned byte = std::stoul(hex.substr(2 * i, 2), nullptr, 16);
      EXPECT_EQ(byte, (w.words[i / 8] >> (8 * (i % 8))) & 0xff) << "byte " << i;
    }
  }
}

// Runs sha256sum on the message (written to a temporary file); "" when sha256sum is missing.
std::string sha256sumOf(const std::string& message, int index) {
  std::string path = testing::TempDir() + "mswasm_sha256_test_" + std::to_string(index);
  { std::ofstream(path, std::ios::binary) << message; }
  std::string out;
  if (FILE* p = popen(("sha256sum '" + path + "' 2>/dev/null").c_str(), "r")) {
    char buf[256];
    while (size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    pclose(p);
  }
  std::remove(path.c_str());
  return out.size() >= 64 ? out.substr(0, 64) : "";
}

TEST(Sha256, HexMatchesSha256sum) {
  if (std::system("command -v sha256sum >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "sha256sum not on PATH (FipsVectorsOneShot checks its recorded outputs)";
  int index = 0;
  for (const Vector& v : fipsVectors()) {
    std::string expected = sha256sumOf(v.message, index++);
    ASSERT_EQ(expected.size(), 64u) << "sha256sum gave no digest";
    EXPECT_EQ(expected, v.hex);  // the recorded output is still what sha256sum prints
    EXPECT_EQ(sha256Hex(hashOf(v.message)), expected) << "message length " << v.message.size();
  }
}

}  // namespace
}  // namespace mswasm
