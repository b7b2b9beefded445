// JsonWriter must write what nlohmann's dump() writes for the same values:
// the JSON reports were byte-identical before it replaced building objects.
#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "report/json_writer.h"

namespace qa {
namespace {

std::string Dumped(const nlohmann::ordered_json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A NUL and other control characters, which the literal's length must keep.
constexpr char kControls[] = "a NUL \0 byte and \x01, \x1f, \x7f";

TEST(JsonWriterTest, StringsAreWrittenAsNlohmannWritesThem) {
  const std::vector<std::string> texts = {
      "",
      "plain words",
      "“curly” quotes, an é and a 😀",
      "a \"quoted\" back\\slash",
      "tab\there, newline\nthere, return\r, form feed\f, backspace\b",
      std::string(kControls, sizeof kControls - 1),
      "invalid \xff byte, a cut sequence \xe2\x80 and a stray \x80 continuation",
      "an overlong \xc0\xaf slash and a surrogate \xed\xa0\x80",
  };
  for (const std::string& text : texts) {
    std::string written;
    AppendJsonString(text, &written);
    EXPECT_EQ(written, Dumped(text)) << text;
  }
}

TEST(JsonWriterTest, RandomBytesAreWrittenAsNlohmannWritesThem) {
  // Every ASCII byte (each control, quote, backslash, DEL) mixed with valid
  // and broken multi-byte sequences: valid text is escaped here, broken text
  // by nlohmann, and both must give nlohmann's bytes.
  std::vector<std::string> pieces;
  for (int c = 0; c < 0x80; ++c) pieces.emplace_back(1, static_cast<char>(c));
  for (const char* piece : {"\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xE2\x80", "\xFF",
                            "\x80", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80"}) {
    pieces.emplace_back(piece);
  }
  std::mt19937 random(17);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t count = random() % 24;
    for (size_t i = 0; i < count; ++i) {
      // Mostly letters, as in prose; one piece in three from the list.
      text += random() % 3 == 0 ? pieces[random() % pieces.size()]
                                : std::string(1, static_cast<char>('a' + random() % 26));
    }
    std::string written = "[";  // after earlier output, which must stay
    AppendJsonString(text, &written);
    EXPECT_EQ(written, "[" + Dumped(text)) << text;
  }
}

TEST(JsonWriterTest, EachByteIsSeenWhereverItFallsInALongRunOfLetters) {
  // Plain prose is skipped eight bytes at a time: a byte that needs escaping
  // (or starts a multi-byte sequence) must be caught at every offset of
  // such a block, and next to one that does.
  std::vector<std::string> specials;
  for (int c = 0; c < 0x80; ++c) specials.emplace_back(1, static_cast<char>(c));
  for (const char* piece : {"\xC3\xA9", "\xE2\x80\x9C", "\xFF", "\x80"})
    specials.emplace_back(piece);
  for (const std::string& special : specials) {
    for (size_t at = 0; at < 17; ++at) {
      std::string text(24, 'k');
      text.insert(at, special);
      std::string written;
      AppendJsonString(text, &written);
      EXPECT_EQ(written, Dumped(text)) << "byte " << static_cast<int>(special[0]) << " at " << at;
      text.insert(at + special.size(), "\"");
      written.clear();
      AppendJsonString(text, &written);
      EXPECT_EQ(written, Dumped(text)) << "byte " << static_cast<int>(special[0]) << " at " << at;
    }
  }
}

TEST(JsonWriterTest, EachByteIsSeenInTheLastPartialEightBytes) {
  // The last one to seven bytes (all of a short key or value) are tested as
  // one padded block: a byte that needs escaping must be caught at each
  // offset of it, in strings of every length up to two blocks.
  std::vector<std::string> specials;
  for (int c = 0; c < 0x80; ++c) {
    if (c < 0x20 || c == '"' || c == '\\' || c == 0x7F)
      specials.emplace_back(1, static_cast<char>(c));
  }
  for (const char* piece : {"\xC3\xA9", "\xE2\x80\x9C", "\xFF", "\x80"})
    specials.emplace_back(piece);
  for (const std::string& special : specials) {
    for (size_t length = 1; length < 16; ++length) {
      for (size_t at = 0; at < length; ++at) {
        std::string text(length, 'k');
        text.replace(at, 1, special);
        std::string written;
        AppendJsonString(text, &written);
        EXPECT_EQ(written, Dumped(text))
            << "byte " << static_cast<int>(special[0]) << " at " << at << " of " << length;
      }
    }
  }
}

TEST(JsonWriterTest, ObjectsArraysAndNumbersMatchADumpOfTheSameValues) {
  JsonWriter w;
  w.BeginObject().Key("text").String("Ferry \"Orva\"").Key("start").Number(0);
  w.Key("end").Number(18446744073709551615u).Key("confidence").Double(0.95);
  w.Key("whole").Double(1.0).Key("speaker").Null();
  w.Key("aliases").Strings({"Lindqvist", "the harbour master"});
  w.Key("none").BeginArray().EndArray();
  w.Key("related").BeginArray();
  w.BeginObject().Key("line").Number(3).EndObject();
  w.BeginObject().Key("line").Number(4).EndObject();
  w.EndArray();
  // Keys written the long way: one to escape, one longer than a short key.
  w.AnyKey("say \"who\"").Number(5);
  w.Key("a key of forty characters, give or take").BeginObject().EndObject();
  w.AnyKey("caf\xC3\xA9").Number(6);
  w.EndObject();

  nlohmann::ordered_json expected = {
      {"text", "Ferry \"Orva\""},
      {"start", 0u},
      {"end", 18446744073709551615u},
      {"confidence", 0.95},
      {"whole", 1.0},
      {"speaker", nullptr},
      {"aliases", {"Lindqvist", "the harbour master"}},
      {"none", nlohmann::ordered_json::array()},
      {"related", {{{"line", 3u}}, {{"line", 4u}}}},
      {"say \"who\"", 5u},
      {"a key of forty characters, give or take", nlohmann::ordered_json::object()},
      {"caf\xC3\xA9", 6u},
  };
  EXPECT_EQ(w.text(), Dumped(expected));
}

TEST(JsonWriterTest, NumbersWrittenAgainAreWrittenAsNlohmannWritesThem) {
  // More values than the writer remembers, each written several times in
  // turn, so every remembered slot is both reused and overwritten.
  std::vector<double> values = {0.95,
                                0.9,
                                0.45,
                                1.0,
                                0.0,
                                -0.0,
                                1e-300,
                                -2.5e17,
                                0.1 + 0.2,
                                std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN()};
  for (int i = 1; i <= 40; ++i) values.push_back(1.0 / i);
  JsonWriter w;
  nlohmann::ordered_json expected = nlohmann::ordered_json::array();
  w.BeginArray();
  for (int round = 0; round < 3; ++round) {
    for (double value : values) {
      w.Double(value);
      expected.push_back(value);
    }
  }
  w.EndArray();
  EXPECT_EQ(w.text(), Dumped(expected));
}

TEST(JsonWriterTest, AWriterClearedWritesEachItemAfresh) {
  // The report reuses one writer for every quote of a file, cleared between
  // them: each item must read as if written alone, whatever came before
  // (a long value that made it grow, an object left half open, a key
  // waiting for its value), and values of every kind must cross the edge of
  // its room intact.
  JsonWriter w;
  const std::string long_plain(5000, 'k');
  const std::string long_escaped =
      std::string(300, 'a') + "\"caf\xC3\xA9\"\n" + std::string(700, 'b');
  for (int round = 0; round < 3; ++round) {
    w.Clear();
    w.BeginObject().Key("text").String(long_plain).Key("escaped").String(long_escaped);
    w.Key("start").Number(18446744073709551615u).Key("confidence").Double(0.9).EndObject();
    nlohmann::ordered_json expected = {{"text", long_plain},
                                       {"escaped", long_escaped},
                                       {"start", 18446744073709551615u},
                                       {"confidence", 0.9}};
    EXPECT_EQ(w.text(), Dumped(expected)) << "round " << round;

    w.Clear();
    w.Raw(",").BeginArray().String("").String("\xE2\x80\x9Cquoted\xE2\x80\x9D").Null().EndArray();
    EXPECT_EQ(w.text(), "," + Dumped(nlohmann::ordered_json::array(
                                  {"", "\xE2\x80\x9Cquoted\xE2\x80\x9D", nullptr})));

    // Left unfinished: an object open and a key without its value.
    w.Clear();
    w.BeginObject().Key("left").BeginArray().Number(1);
    w.AnyKey("dangling");
  }
  w.Clear();
  w.BeginArray().Number(7).EndArray();
  EXPECT_EQ(w.text(), "[7]");
}

}  // namespace
}  // namespace qa
