// Number literals of the text format. Integers are checked digit by digit (underscores only
// between digits) and accumulated with overflow detection. Floats are checked against Wasm's
// grammar, cleaned of underscores and handed to std::from_chars, which rounds correctly; its
// out-of-range answer is then classified from the literal (overflow is an error, underflow is
// a signed zero). Printing uses std::to_chars' shortest round-trip form, which is valid Wasm.
#include "text_numbers.h"

#include <bit>
#include <charconv>
#include <cstdio>
#include <limits>
#include <system_error>

namespace mswasm::text {
namespace {

bool isDigit(char c, bool hex) {
  if (c >= '0' && c <= '9') return true;
  return hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// Consumes a digit run (with single underscores between digits) at s[pos...], appending the
// digits to `out`. False if there is no digit or an underscore is misplaced.
bool takeDigits(std::string_view s, size_t& pos, bool hex, std::string& out) {
  size_t start = out.size();
  while (pos < s.size()) {
    if (isDigit(s[pos], hex)) {
      out.push_back(s[pos++]);
    } else if (s[pos] == '_' && out.size() > start && pos + 1 < s.size() &&
               isDigit(s[pos + 1], hex)) {
      ++pos;
    } else {
      break;
    }
  }
  return out.size() > start;
}

// Splits an optional sign off `s`.
bool takeSign(std::string_view& s) {
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    bool neg = s[0] == '-';
    s.remove_prefix(1);
    return neg;
  }
  return false;
}

bool takeHexPrefix(std::string_view& s) {
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    s.remove_prefix(2);
    return true;
  }
  return false;
}

// An unsigned integer literal (decimal or 0x hex); Range when it exceeds 64 bits.
NumStatus parseMagnitude(std::string_view s, uint64_t& out) {
  bool hex = takeHexPrefix(s);
  std::string digits;
  size_t pos = 0;
  if (!takeDigits(s, pos, hex, digits) || pos != s.size()) return NumStatus::Syntax;
  uint64_t base = hex ? 16 : 10, v = 0;
  for (char c : digits) {
    uint64_t d = uint64_t(digitValue(c));
    if (v > (std::numeric_limits<uint64_t>::max() - d) / base) return NumStatus::Range;
    v = v * base + d;
  }
  out = v;
  return NumStatus::Ok;
}

// A signed-or-unsigned integer of `bits` bits: -2^(bits-1) .. 2^bits-1, as two's complement.
NumStatus parseInt(std::string_view s, unsigned bits, uint64_t& out) {
  bool neg = takeSign(s);
  uint64_t mag = 0;
  NumStatus st = parseMagnitude(s, mag);
  if (st != NumStatus::Ok) return st;
  uint64_t maxUnsigned = bits == 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1;
  uint64_t maxNegative = uint64_t(1) << (bits - 1);
  if (neg ? mag > maxNegative : mag > maxUnsigned) return NumStatus::Range;
  out = (neg ? uint64_t(0) - mag : mag) & maxUnsigned;
  return NumStatus::Ok;
}

template <typename F>
struct FloatTraits;
template <>
struct FloatTraits<float> {
  using Bits = uint32_t;
  static constexpr unsigned kMantBits = 23;
};
template <>
struct FloatTraits<double> {
  using Bits = uint64_t;
  static constexpr unsigned kMantBits = 52;
};

// Cleaned pieces of a finite float literal: mantissa digits with an optional '.', and the
// exponent (after 'e' or 'p') as written, ready for std::from_chars.
struct FloatLiteral {
  bool hex = false;
  std::string mantissa;  // e.g. "12.5" (no underscores, no empty fraction)
  std::string exponent;  // e.g. "-3", or empty
};

bool splitFloat(std::string_view s, FloatLiteral& lit) {
  lit.hex = takeHexPrefix(s);
  size_t pos = 0;
  if (!takeDigits(s, pos, lit.hex, lit.mantissa)) return false;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    std::string frac;
    if (pos < s.size() && isDigit(s[pos], lit.hex) && !takeDigits(s, pos, lit.hex, frac))
      return false;
    if (!frac.empty()) lit.mantissa += "." + frac;
  }
  if (pos == s.size()) return true;
  char e = s[pos];
  bool isExp = lit.hex ? (e == 'p' || e == 'P') : (e == 'e' || e == 'E');
  if (!isExp) return false;
  ++pos;
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) lit.exponent.push_back(s[pos++]);
  if (!takeDigits(s, pos, false, lit.exponent)) return false;
  return pos == s.size();
}

// Whether a literal that from_chars found out of range is large (>= 1) rather than tiny:
// the position of its first nonzero digit relative to the point, plus the exponent.
bool isLarge(const FloatLiteral& lit) {
  int64_t intDigits = 0, firstNonZero = -1, index = 0;
  bool seenPoint = false;
  for (char c : lit.mantissa) {
    if (c == '.') {
      seenPoint = true;
      continue;
    }
    if (!seenPoint) ++intDigits;
    if (c != '0' && firstNonZero < 0) firstNonZero = index;
    ++index;
  }
  if (firstNonZero < 0) return false;
  int64_t exp = 0;
  bool negExp = !lit.exponent.empty() && lit.exponent[0] == '-';
  for (char c : lit.exponent)
    if (c >= '0' && c <= '9' && exp < (int64_t(1) << 40)) exp = exp * 10 + (c - '0');
  int64_t order = (intDigits - firstNonZero) * (lit.hex ? 4 : 1) + (negExp ? -exp : exp);
  return order > 0;
}

template <typename F>
NumStatus parseFinite(std::string_view s, F& out) {
  FloatLiteral lit;
  if (!splitFloat(s, lit)) return NumStatus::Syntax;
  std::string text = lit.mantissa;
  if (!lit.exponent.empty()) text += (lit.hex ? "p" : "e") + lit.exponent;
  auto fmt = lit.hex ? std::chars_format::hex : std::chars_format::general;
  F value{};
  auto res = std::from_chars(text.data(), text.data() + text.size(), value, fmt);
  if (res.ptr != text.data() + text.size()) return NumStatus::Syntax;
  if (res.ec == std::errc::result_out_of_range) {
    if (isLarge(lit)) return NumStatus::Range;
    value = 0;
  } else if (res.ec != std::errc()) {
    return NumStatus::Syntax;
  }
  out = value;
  return NumStatus::Ok;
}

template <typename F>
NumStatus parseFloat(std::string_view s, typename FloatTraits<F>::Bits& bits) {
  using Bits = typename FloatTraits<F>::Bits;
  constexpr unsigned kMant = FloatTraits<F>::kMantBits;
  constexpr Bits kSign = Bits(1) << (sizeof(Bits) * 8 - 1);
  constexpr Bits kExpMask = ~kSign & ~((Bits(1) << kMant) - 1);
  bool neg = takeSign(s);
  Bits magnitude = 0;
  if (s == "inf") {
    magnitude = kExpMask;
  } else if (s == "nan") {
    magnitude = kExpMask | (Bits(1) << (kMant - 1));
  } else if (s.starts_with("nan:0x")) {
    uint64_t payload = 0;
    NumStatus st = parseMagnitude(s.substr(4), payload);
    if (st != NumStatus::Ok) return st;
    if (payload == 0 || payload >= (uint64_t(1) << kMant)) return NumStatus::Range;
    magnitude = kExpMask | Bits(payload);
  } else {
    F value{};
    NumStatus st = parseFinite(s, value);
    if (st != NumStatus::Ok) return st;
    magnitude = std::bit_cast<Bits>(value);
  }
  bits = neg ? (magnitude | kSign) : magnitude;
  return NumStatus::Ok;
}

template <typename F>
std::string formatFloat(typename FloatTraits<F>::Bits bits) {
  using Bits = typename FloatTraits<F>::Bits;
  constexpr unsigned kMant = FloatTraits<F>::kMantBits;
  constexpr Bits kSign = Bits(1) << (sizeof(Bits) * 8 - 1);
  constexpr Bits kMantMask = (Bits(1) << kMant) - 1;
  constexpr Bits kExpMask = ~kSign & ~kMantMask;
  std::string out = (bits & kSign) ? "-" : "";
  Bits mant = bits & kMantMask;
  if ((bits & kExpMask) == kExpMask) {
    if (mant == 0) return out + "inf";
    if (mant == Bits(1) << (kMant - 1)) return out + "nan";
    char buf[32];
    std::snprintf(buf, sizeof buf, "nan:0x%llx", static_cast<unsigned long long>(mant));
    return out + buf;
  }
  char buf[64];
  F value = std::bit_cast<F>(Bits(bits & ~kSign));
  auto res = std::to_chars(buf, buf + sizeof buf, value);
  return out + std::string(buf, res.ptr);
}

}  // namespace

NumStatus parseU64(std::string_view s, uint64_t& out) { return parseMagnitude(s, out); }

NumStatus parseU32(std::string_view s, uint32_t& out) {
  uint64_t v = 0;
  NumStatus st = parseMagnitude(s, v);
  if (st != NumStatus::Ok) return st;
  if (v > 0xFFFFFFFFu) return NumStatus::Range;
  out = uint32_t(v);
  return NumStatus::Ok;
}

NumStatus parseI32(std::string_view s, uint32_t& bits) {
  uint64_t v = 0;
  NumStatus st = parseInt(s, 32, v);
  if (st == NumStatus::Ok) bits = uint32_t(v);
  return st;
}

NumStatus parseI64(std::string_view s, uint64_t& bits) { return parseInt(s, 64, bits); }

NumStatus parseF32(std::string_view s, uint32_t& bits) { return parseFloat<float>(s, bits); }
NumStatus parseF64(std::string_view s, uint64_t& bits) { return parseFloat<double>(s, bits); }

std::string formatF32(uint32_t bits) { return formatFloat<float>(bits); }
std::string formatF64(uint64_t bits) { return formatFloat<double>(bits); }

}  // namespace mswasm::text
