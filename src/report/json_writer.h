// Writes JSON text straight into a string, byte for byte as nlohmann's
// dump() with the "replace" error handler writes the same values, without
// building them as json objects first: the JSON reports write a few objects
// for every quote and finding of an archive (docs/performance.md).
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace qa {

// An ASCII byte JSON writes as it is (DEL included).
constexpr bool IsPlainJsonByte(unsigned char c) {
  return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

// Writes into a buffer of its own, read with text(): a report writes a dozen
// keys and values for every quote and finding, and a std::string's append
// (a library call and a memcpy call each) was most of the cost of each.
class JsonWriter {
 public:
  JsonWriter() = default;

  // What has been written since the last Clear.
  std::string_view text() const { return {bytes_.data(), size_}; }
  // The bytes it holds room for, written or not.
  size_t room() const { return bytes_.size(); }
  // Starts again at the top level, keeping the room.
  void Clear() {
    size_ = 0;
    first_.clear();
    after_key_ = false;
  }
  // Bytes written as they are, for the JSON a caller writes around values
  // (a comma between items it writes one at a time).
  JsonWriter& Raw(std::string_view bytes) {
    Put(bytes);
    return *this;
  }

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
  // The next value's key, inside an object: the comma before it, the key
  // and its colon in one write. Inline, so a key's length is known where
  // it is written.
  JsonWriter& Key(LiteralKey key) {
    const std::string_view text = key.view();
    char* at = Room(text.size() + 4);
    if (NeedsComma()) *at++ = ',';
    *at++ = '"';
    std::memcpy(at, text.data(), text.size());
    at += text.size();
    *at++ = '"';
    *at++ = ':';
    size_ = static_cast<size_t>(at - bytes_.data());
    after_key_ = true;
    return *this;
  }
  // The same for any text, escaped as JSON needs.
  JsonWriter& AnyKey(std::string_view key);

  JsonWriter& String(std::string_view text);
  JsonWriter& Number(size_t value);
  JsonWriter& Double(double value);
  JsonWriter& Null();
  JsonWriter& Strings(const std::vector<std::string>& texts);

 private:
  JsonWriter& Open(char bracket) {
    BeforeValue();
    Put(bracket);
    first_.push_back(1);
    return *this;
  }
  JsonWriter& Close(char bracket) {
    Put(bracket);
    first_.pop_back();
    return *this;
  }
  // The comma before a value that is not the first in its container.
  void BeforeValue() {
    if (NeedsComma()) Put(',');
  }
  // Whether that comma is due; notes the container as no longer empty.
  bool NeedsComma() {
    if (after_key_) {
      after_key_ = false;
      return false;
    }
    if (first_.empty()) return false;
    const bool comma = first_.back() == 0;
    first_.back() = 0;
    return comma;
  }
  // Room for `n` more bytes at text()'s end.
  char* Room(size_t n) {
    if (bytes_.size() - size_ < n) Grow(n);
    return bytes_.data() + size_;
  }
  void Grow(size_t n);
  struct Sink;  // this as the JSON string writer's output
  void Put(char c) {
    *Room(1) = c;
    ++size_;
  }
  void Put(std::string_view bytes) {
    if (bytes.empty()) return;  // (a view of nothing may hold no pointer for memcpy)
    std::memcpy(Room(bytes.size()), bytes.data(), bytes.size());
    size_ += bytes.size();
  }

  // bytes_[0, size_) is written; the rest is room (its size is the
  // capacity, grown by doubling, so a write is a test and a copy).
  std::string bytes_;
  size_t size_ = 0;
  // Per open container: nothing in it yet. A string, so the few levels a
  // report nests fit in its inline buffer.
  std::string first_;
  bool after_key_ = false;
};

// `text` as a JSON string, quotes included, as nlohmann writes it: invalid
// UTF-8 becomes U+FFFD.
void AppendJsonString(std::string_view text, std::string* out);

}  // namespace qa
