// Writes JSON text straight into a string, byte for byte as nlohmann's
// dump() with the "replace" error handler writes the same values, without
// building them as json objects first: the JSON reports write a few objects
// for every quote and finding of an archive (docs/performance.md).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace qa {

// An ASCII byte JSON writes as it is (DEL included).
constexpr bool IsPlainJsonByte(unsigned char c) {
  return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  // A key spelled in the code ("start"), checked when the code is compiled to
  // need no escape, so it is written as it is: a report writes a dozen keys
  // for every quote and finding.
  class LiteralKey {
   public:
    template <size_t N>
    consteval LiteralKey(const char (&key)[N]) : key_(key, N - 1) {  // NOLINT: implicit
      for (const char c : key_) {
        if (!IsPlainJsonByte(static_cast<unsigned char>(c))) {
          throw "a key spelled in the code must need no JSON escape";
        }
      }
    }
    std::string_view view() const { return key_; }

   private:
    std::string_view key_;
  };
  // The next value's key, inside an object.
  JsonWriter& Key(LiteralKey key);
  // The same for any text, escaped as JSON needs.
  JsonWriter& AnyKey(std::string_view key);

  JsonWriter& String(std::string_view text);
  JsonWriter& Number(size_t value);
  JsonWriter& Double(double value);
  JsonWriter& Null();
  JsonWriter& Strings(const std::vector<std::string>& texts);

 private:
  JsonWriter& Open(char bracket);
  JsonWriter& Close(char bracket);
  // The comma before a value that is not the first in its container.
  void BeforeValue();
  // Whether that comma is due; notes the container as no longer empty.
  bool NeedsComma();

  std::string* out_;
  // Per open container: nothing in it yet. A string, so the few levels a
  // report nests fit in its inline buffer: a writer is made for each quote
  // and finding.
  std::string first_;
  bool after_key_ = false;
};

// `text` as a JSON string, quotes included, as nlohmann writes it: invalid
// UTF-8 becomes U+FFFD.
void AppendJsonString(std::string_view text, std::string* out);

}  // namespace qa
