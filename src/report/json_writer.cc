#include "report/json_writer.h"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace qa {
namespace {

// Whether any of the eight bytes of `w` may need a look: a quote, a
// backslash, a control character or a byte of a multi-byte sequence. Exact
// for "none": the has-zero-byte test (x - 0x01..) & ~x & 0x80.. has no false
// negatives, so plain prose is copied eight bytes at a time.
bool MayNeedALook(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  const uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
  return (has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\')) | below_space | (w & kHigh)) !=
         0;
}

// nlohmann's escape of ASCII byte `c` (a quote, a backslash or a control
// character): its short forms, else \u and four lower-case hex digits.
void AppendEscape(unsigned char c, std::string* out) {
  switch (c) {
    case '"':
      out->append("\\\"");
      return;
    case '\\':
      out->append("\\\\");
      return;
    case '\b':
      out->append("\\b");
      return;
    case '\f':
      out->append("\\f");
      return;
    case '\n':
      out->append("\\n");
      return;
    case '\r':
      out->append("\\r");
      return;
    case '\t':
      out->append("\\t");
      return;
    default:
      break;
  }
  constexpr char kHex[] = "0123456789abcdef";
  const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
  out->append(escape, sizeof escape);
}

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  const size_t out_before = out->size();
  out->push_back('"');
  size_t copied = 0;  // text[copied, i) is plain and not yet appended
  size_t i = 0;
  while (i < text.size()) {
    if (i + 8 <= text.size()) {
      uint64_t w;
      std::memcpy(&w, text.data() + i, 8);
      if (!MayNeedALook(w)) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const size_t length = ValidUtf8Length(text, i);
      if (length == 0) {
        // Invalid UTF-8: nlohmann's own serializer, so the replacement
        // characters fall exactly where its decoder puts them.
        out->resize(out_before);
        *out += nlohmann::json(std::string(text))
                    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += length;
    } else if (c < 0x20 || c == '"' || c == '\\') {
      out->append(text.data() + copied, i - copied);
      AppendEscape(c, out);
      copied = ++i;
    } else {
      ++i;
    }
  }
  out->append(text.data() + copied, text.size() - copied);
  out->push_back('"');
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendJsonString(key, out_);
  out_->push_back(':');
  after_key_ = true;
  return *this;
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (first_.empty()) return;
  if (!first_.back()) out_->push_back(',');
  first_.back() = false;
}

JsonWriter& JsonWriter::Open(char bracket) {
  BeforeValue();
  out_->push_back(bracket);
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::Close(char bracket) {
  out_->push_back(bracket);
  first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view text) {
  BeforeValue();
  AppendJsonString(text, out_);
  return *this;
}

JsonWriter& JsonWriter::Number(size_t value) {
  BeforeValue();
  char digits[24];
  auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
  out_->append(digits, end);
  return *this;
}

JsonWriter& JsonWriter::Double(double value) {
  BeforeValue();
  // nlohmann's shortest round-trip form ("0.95", "1.0", null for NaN).
  *out_ += nlohmann::json(value).dump();
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
  return *this;
}

JsonWriter& JsonWriter::Strings(const std::vector<std::string>& texts) {
  BeginArray();
  for (const std::string& text : texts) String(text);
  return EndArray();
}

}  // namespace qa
