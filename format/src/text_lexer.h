// Lexer of the MSWasm text format (internal to the format library).
// Turns the whole input into a token vector up front: parentheses, atoms (keywords, numbers,
// `offset=N` and the like: any run of Wasm idchars), identifiers (`$name` or `$"quoted"`,
// decoded) and strings (decoded to raw bytes). Comments and whitespace are dropped. Every `(`
// records the index of its matching `)` so the parser can skip a whole field; unbalanced
// parentheses and nesting deeper than kMaxNesting are lexing errors.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mswasm/error.h"

namespace mswasm::text {

inline constexpr uint32_t kMaxNesting = 1000;

struct Token {
  enum class Kind : uint8_t { LParen, RParen, Atom, Id, String, Eof } kind = Kind::Eof;
  std::string_view text;  // the source text of the token (for messages)
  std::string value;      // Id: the name without `$` (decoded if quoted); String: the bytes
  uint32_t line = 1, col = 1;
  uint32_t match = 0;     // LParen: index of the matching RParen
};

// Wasm's idchars: the characters an atom or a plain `$id` may contain.
bool isIdChar(unsigned char c);

// Tokenizes `text` into `out` (ending with one Eof token). Returns the first error.
std::optional<Error> tokenize(std::string_view text, std::vector<Token>& out);

}  // namespace mswasm::text
