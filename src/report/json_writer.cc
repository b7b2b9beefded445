#include "report/json_writer.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace qa {
namespace {

// Whether nlohmann would write `text` as it is between the quotes: valid
// UTF-8 with nothing to escape (no quote, backslash or control character).
bool NeedsNoEscape(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == '"' || c == '\\') return false;
      ++i;
      continue;
    }
    const size_t length = ValidUtf8Length(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  if (NeedsNoEscape(text)) {
    out->push_back('"');
    out->append(text);
    out->push_back('"');
    return;
  }
  // Escapes and invalid bytes: nlohmann's own serializer, so the bytes are
  // exactly its.
  *out += nlohmann::json(std::string(text))
              .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
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
