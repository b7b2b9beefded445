#include "report/json_writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace qa {
namespace {

// nlohmann's escape of ASCII byte `c` (a quote, a backslash or a control
// character): its short forms, else \u and four lower-case hex digits.
// `Out` is a std::string or JsonWriter's Sink: append, push_back, size and
// resize.
template <typename Out>
void AppendEscape(unsigned char c, Out* out) {
  // The bytes with a short form, and the letter each takes after '\'.
  constexpr std::string_view kShort = "\"\\\b\f\n\r\t";
  constexpr std::string_view kLetter = "\"\\bfnrt";
  if (const size_t at = kShort.find(static_cast<char>(c)); at != std::string_view::npos) {
    out->push_back('\\');
    out->push_back(kLetter[at]);
    return;
  }
  constexpr char kHex[] = "0123456789abcdef";
  const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
  out->append(escape, sizeof escape);
}

// SkipPlainAscii, then the last partial eight bytes as one padded chunk:
// every key and most values are short, and reading their tails byte by byte
// cost more than the rest of each string.
size_t SkipPlainJson(std::string_view text, size_t i) {
  i = SkipPlainAscii(text, i, '"', '\\');
  const size_t rest = text.size() - i;
  if (rest == 0 || rest >= 8) return i;
  char padded[8] = {'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'};
  std::memcpy(padded, text.data() + i, rest);
  return SkipPlainAscii({padded, 8}, 0, '"', '\\') == 8 ? text.size() : i;
}

// AppendJsonString into any `Out` (AppendEscape's).
template <typename Out>
void WriteJsonString(std::string_view text, Out* out) {
  const size_t out_before = out->size();
  out->push_back('"');
  size_t copied = 0;  // text[copied, i) is plain and not yet appended
  size_t i = 0;
  while (i < text.size()) {
    // Plain prose eight bytes at a time; DEL stops it too and is plain here.
    i = SkipPlainJson(text, i);
    if (i == text.size()) break;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const size_t length = ValidUtf8Length(text, i);
      if (length == 0) {
        // Invalid UTF-8: nlohmann's own serializer, so the replacement
        // characters fall exactly where its decoder puts them.
        out->resize(out_before);
        const std::string dumped =
            nlohmann::json(std::string(text))
                .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out->append(dumped.data(), dumped.size());
        return;
      }
      i += length;
    } else if (!IsPlainJsonByte(c)) {
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

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) { WriteJsonString(text, out); }

// The writer's own buffer as WriteJsonString's `Out`.
struct JsonWriter::Sink {
  JsonWriter& writer;
  void append(const char* bytes, size_t n) { writer.Put({bytes, n}); }
  void push_back(char c) { writer.Put(c); }
  size_t size() const { return writer.size_; }
  void resize(size_t n) { writer.size_ = n; }  // only ever to drop what it wrote
};

void JsonWriter::Grow(size_t n) { bytes_.resize(std::max(2 * bytes_.size(), size_ + n + 256)); }

JsonWriter& JsonWriter::AnyKey(std::string_view key) {
  BeforeValue();
  Sink sink{*this};
  WriteJsonString(key, &sink);
  Put(':');
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view text) {
  BeforeValue();
  Sink sink{*this};
  WriteJsonString(text, &sink);
  return *this;
}

JsonWriter& JsonWriter::Number(size_t value) {
  BeforeValue();
  constexpr size_t kDigits = 24;  // more than a size_t's 20
  char* at = Room(kDigits);
  const auto [end, error] = std::to_chars(at, at + kDigits, value);
  size_ = static_cast<size_t>(end - bytes_.data());
  return *this;
}

JsonWriter& JsonWriter::Double(double value) {
  BeforeValue();
  // nlohmann's shortest round-trip form ("0.95", "1.0", null for NaN),
  // remembered per thread for the last few values: a report writes the same
  // handful of rule confidences thousands of times.
  struct Remembered {
    uint64_t bits = 0;
    std::string text;  // empty: nothing remembered in this slot yet
  };
  thread_local std::array<Remembered, 16> remembered;
  uint64_t bits = 0;
  static_assert(sizeof bits == sizeof value);
  std::memcpy(&bits, &value, sizeof bits);
  Remembered& slot = remembered[(bits ^ (bits >> 29) ^ (bits >> 47)) % remembered.size()];
  if (slot.text.empty() || slot.bits != bits) {
    slot.bits = bits;
    slot.text = nlohmann::json(value).dump();
  }
  Put(slot.text);
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  Put("null");
  return *this;
}

JsonWriter& JsonWriter::Strings(const std::vector<std::string>& texts) {
  BeginArray();
  for (const std::string& text : texts) String(text);
  return EndArray();
}

}  // namespace qa
