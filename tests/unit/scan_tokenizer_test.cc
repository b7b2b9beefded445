// The attribution engine's tokenizer: where words begin and end decides
// which names, cues and speakers the engine can see ("O'Brien" is one
// name, "U.S." one word, a no-break space no token at all).
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "scan/text_tokens.h"

namespace qa {
namespace {

bool IsTitleAbbreviation(std::string_view word_with_period, const void*) {
  return word_with_period == "Dr." || word_with_period == "Gen.";
}

// Each token as its text, with "w" for a word and "W" for a capitalised
// one, so a test reads like the sentence it tokenizes.
std::vector<std::string> Shown(std::string_view text, size_t base = 0) {
  const Tokenizer tokenizer(IsTitleAbbreviation, nullptr);
  std::vector<std::string> shown;
  for (const Token& token : tokenizer.Tokenize(text, base)) {
    EXPECT_EQ(token.text, text.substr(token.span.begin - base, token.span.size()));
    const char* kind = !token.word ? "" : token.capitalized ? "W:" : "w:";
    shown.push_back(kind + std::string(token.text));
  }
  return shown;
}

using Tokens = std::vector<std::string>;

TEST(TokenizerTest, ApostrophesAndHyphensInsideAWordKeepItWhole) {
  EXPECT_EQ(
      Shown("O'Brien, Bay\u2019s and Dubois-M\u00e9nard said."),
      (Tokens{"W:O'Brien", ",", "W:Bay\u2019s", "w:and", "W:Dubois-M\u00e9nard", "w:said", "."}));
}

TEST(TokenizerTest, AMarkAtAWordsEdgeIsATokenOfItsOwn) {
  EXPECT_EQ(Shown("the editors\u2019 desk, well- known 'Varga"),
            (Tokens{"w:the", "w:editors", "\u2019", "w:desk", ",", "w:well", "-", "w:known", "'",
                    "W:Varga"}));
}

TEST(TokenizerTest, PeriodsStayOnAbbreviationsAndInitialsOnly) {
  EXPECT_EQ(Shown("U.S. envoys met Dr. Koval, Gen. Marr and J. Varga in Lorsund."),
            (Tokens{"W:U.S.", "w:envoys", "w:met", "W:Dr.", "W:Koval", ",", "W:Gen.", "W:Marr",
                    "w:and", "W:J.", "W:Varga", "w:in", "W:Lorsund", "."}));
}

TEST(TokenizerTest, SpacesOfEveryKindSeparateAndAreNoTokens) {
  EXPECT_EQ(Shown("a\u00a0b\tc\r\nd\fe\vf  g"),
            (Tokens{"w:a", "w:b", "w:c", "w:d", "w:e", "w:f", "w:g"}));
}

TEST(TokenizerTest, LettersOutsideAsciiAreWordsAndCapitalsAreSeen) {
  EXPECT_EQ(Shown("\u00c9lan \u00e9tait \u00d1and\u00fa 2024"),
            (Tokens{"W:\u00c9lan", "w:\u00e9tait", "W:\u00d1and\u00fa", "w:2024"}));
}

TEST(TokenizerTest, MarksOfSeveralBytesAreOneToken) {
  EXPECT_EQ(Shown("\u00abNo\u00bb \u2014 she \u201csaid\u201d"),
            (Tokens{"\u00ab", "W:No", "\u00bb", "\u2014", "w:she", "\u201c", "w:said", "\u201d"}));
}

TEST(TokenizerTest, BrokenAndControlBytesBecomeOneByteMarks) {
  // A stray continuation byte, a control character, and a dash cut off by
  // the end of the text: each a mark of its own, nothing lost or overrun.
  EXPECT_EQ(Shown("ab\x80"
                  "cd\x01"
                  "ef \xE2\x80"),
            (Tokens{"w:ab", "\x80", "w:cd", "\x01", "w:ef", "\xE2\x80"}));
}

TEST(TokenizerTest, SpansAreOffsetsIntoTheDocument) {
  const Tokenizer tokenizer(IsTitleAbbreviation, nullptr);
  const std::vector<Token> tokens = tokenizer.Tokenize("Koval\u00a0said", 100);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].span, (Span{100, 105}));
  EXPECT_EQ(tokens[1].span, (Span{107, 111}));
}

}  // namespace
}  // namespace qa
