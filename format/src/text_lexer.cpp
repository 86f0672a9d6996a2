// Lexer of the MSWasm text format: a single forward scan over the input that tracks line and
// column, skips whitespace and (nested) comments, and produces tokens (see text_lexer.h).
// A stack of open parentheses pairs each `(` with its `)` and bounds the nesting depth.
#include "text_lexer.h"

#include <cstring>

namespace mswasm::text {

bool isIdChar(unsigned char c) {
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return c != 0 && std::strchr("!#$%&'*+-./:<=>?@\\^_`|~", c) != nullptr;
}

namespace {

class Lexer {
 public:
  Lexer(std::string_view src, std::vector<Token>& out) : src_(src), out_(out) {}

  std::optional<Error> run() {
    while (!error_) {
      skipBlanks();
      if (error_) break;
      if (pos_ >= src_.size()) break;
      lexToken();
    }
    if (!error_ && !open_.empty()) {
      const Token& t = out_[open_.back()];
      fail(line_, col(), "expected ')' to close '(' opened at " + std::to_string(t.line) + ":" +
                             std::to_string(t.col));
    }
    if (error_) return error_;
    Token eof;
    eof.kind = Token::Kind::Eof;
    eof.line = line_;
    eof.col = col();
    out_.push_back(std::move(eof));
    return std::nullopt;
  }

 private:
  std::string_view src_;
  std::vector<Token>& out_;
  size_t pos_ = 0;
  size_t lineStart_ = 0;
  uint32_t line_ = 1;
  std::vector<size_t> open_;  // token indices of unmatched '('
  std::optional<Error> error_;

  uint32_t col() const { return uint32_t(pos_ - lineStart_ + 1); }
  bool at(std::string_view s) const { return src_.substr(pos_, s.size()) == s; }
  void fail(uint32_t line, uint32_t column, std::string msg) {
    if (!error_) error_ = Error::atText(line, column, std::move(msg));
  }
  void advance() {
    if (src_[pos_] == '\n') {
      ++line_;
      lineStart_ = pos_ + 1;
    }
    ++pos_;
  }

  void skipBlanks() {
    while (pos_ < src_.size() && !error_) {
      char c = src_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') advance();
      else if (at(";;")) skipLineComment();
      else if (at("(;")) skipBlockComment();
      else break;
    }
  }
  void skipLineComment() {
    while (pos_ < src_.size() && src_[pos_] != '\n') advance();
  }
  void skipBlockComment() {
    uint32_t line = line_, column = col();
    size_t depth = 0;
    while (pos_ < src_.size()) {
      if (at("(;")) {
        ++depth;
        advance(), advance();
      } else if (at(";)")) {
        advance(), advance();
        if (--depth == 0) return;
      } else {
        advance();
      }
    }
    fail(line, column, "unterminated block comment");
  }

  Token start(Token::Kind kind) {
    Token t;
    t.kind = kind;
    t.line = line_;
    t.col = col();
    return t;
  }
  void push(Token t, size_t from) {
    t.text = src_.substr(from, pos_ - from);
    out_.push_back(std::move(t));
  }

  void lexToken() {
    size_t from = pos_;
    char c = src_[pos_];
    if (c == '(') return lexLParen();
    if (c == ')') return lexRParen();
    if (c == '"') {
      Token t = start(Token::Kind::String);
      if (lexString(t.value)) push(std::move(t), from);
      return;
    }
    if (c == '$' && pos_ + 1 < src_.size() && src_[pos_ + 1] == '"') return lexQuotedId();
    if (isIdChar(static_cast<unsigned char>(c))) return lexAtom();
    fail(line_, col(), std::string("unexpected character '") + describe(c) + "'");
  }
  static std::string describe(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F) return std::string(1, c);
    static const char* hex = "0123456789abcdef";
    return std::string("\\") + hex[u >> 4] + hex[u & 15];
  }

  void lexLParen() {
    if (open_.size() >= kMaxNesting) return fail(line_, col(), "nesting too deep");
    size_t from = pos_;
    Token t = start(Token::Kind::LParen);
    advance();
    open_.push_back(out_.size());
    push(std::move(t), from);
  }
  void lexRParen() {
    if (open_.empty()) return fail(line_, col(), "unexpected ')'");
    size_t from = pos_;
    Token t = start(Token::Kind::RParen);
    advance();
    out_[open_.back()].match = uint32_t(out_.size());
    open_.pop_back();
    push(std::move(t), from);
  }
  void lexAtom() {
    size_t from = pos_;
    Token t = start(Token::Kind::Atom);
    while (pos_ < src_.size() && isIdChar(static_cast<unsigned char>(src_[pos_]))) advance();
    if (src_[from] == '$') {
      t.kind = Token::Kind::Id;
      t.value = std::string(src_.substr(from + 1, pos_ - from - 1));
      if (t.value.empty()) return fail(t.line, t.col, "empty identifier '$'");
    }
    push(std::move(t), from);
  }
  void lexQuotedId() {
    size_t from = pos_;
    Token t = start(Token::Kind::Id);
    advance();  // '$'
    if (!lexString(t.value)) return;
    if (t.value.empty()) return fail(t.line, t.col, "empty identifier '$\"\"'");
    push(std::move(t), from);
  }

  // Reads a string literal at pos_ into `out`; false (with an error) when malformed.
  bool lexString(std::string& out) {
    uint32_t line = line_, column = col();
    advance();  // opening quote
    while (true) {
      if (pos_ >= src_.size() || src_[pos_] == '\n') {
        fail(line, column, "unterminated string");
        return false;
      }
      unsigned char c = static_cast<unsigned char>(src_[pos_]);
      if (c == '"') {
        advance();
        return true;
      }
      if (c < 0x20 || c == 0x7F) {
        fail(line_, col(), "invalid character in string");
        return false;
      }
      if (c != '\\') {
        out.push_back(char(c));
        advance();
      } else if (!lexEscape(out)) {
        return false;
      }
    }
  }

  static int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  bool lexEscape(std::string& out) {
    uint32_t line = line_, column = col();
    advance();  // backslash
    char c = pos_ < src_.size() ? src_[pos_] : '\0';
    const char* simple = std::strchr("tnr\"'\\", c);
    if (c != '\0' && simple) {
      static const char kDecoded[] = "\t\n\r\"'\\";
      out.push_back(kDecoded[simple - "tnr\"'\\"]);
      advance();
      return true;
    }
    if (c == 'u') return lexUnicodeEscape(out, line, column);
    int hi = hexValue(c);
    int lo = pos_ + 1 < src_.size() ? hexValue(src_[pos_ + 1]) : -1;
    if (hi < 0 || lo < 0) {
      fail(line, column, "invalid escape in string");
      return false;
    }
    out.push_back(char(hi * 16 + lo));
    advance(), advance();
    return true;
  }

  bool lexUnicodeEscape(std::string& out, uint32_t line, uint32_t column) {
    advance();  // 'u'
    if (pos_ >= src_.size() || src_[pos_] != '{') {
      fail(line, column, "expected '{' after \\u");
      return false;
    }
    advance();
    uint32_t cp = 0;
    size_t digits = 0;
    while (pos_ < src_.size() && (hexValue(src_[pos_]) >= 0 || src_[pos_] == '_')) {
      if (src_[pos_] != '_') {
        cp = cp * 16 + uint32_t(hexValue(src_[pos_]));
        ++digits;
        if (cp > 0x10FFFF) break;
      }
      advance();
    }
    bool valid = digits > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp < 0xE000);
    if (!valid || pos_ >= src_.size() || src_[pos_] != '}') {
      fail(line, column, "invalid unicode escape in string");
      return false;
    }
    advance();
    appendUtf8(out, cp);
    return true;
  }

  static void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out.push_back(char(cp));
    } else if (cp < 0x800) {
      out.push_back(char(0xC0 | (cp >> 6)));
      out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(char(0xE0 | (cp >> 12)));
      out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(char(0xF0 | (cp >> 18)));
      out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(char(0x80 | (cp & 0x3F)));
    }
  }
};

}  // namespace

std::optional<Error> tokenize(std::string_view text, std::vector<Token>& out) {
  out.clear();
  return Lexer(text, out).run();
}

}  // namespace mswasm::text
