// The tail of adverbs and a speech cue is matched by reading words
// (match/cue_tail.h). Every answer it gives must be the one RE2 gives for
// the same tail: the tests compare the two on random texts made of the
// words, spaces, marks and characters that decide where such a tail
// starts, which adverbs it takes and which verb phrase is its cue.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "match/cue_tail.h"
#include "match/pattern.h"
#include "re2_oracle.h"
#include "rules/pattern_expander.h"
#include "rules/rule_loader.h"

namespace qa {
namespace {

// The suffixes the built-in patterns put after the cue: none, a few words
// to the window's end, a colon's clause to the window's end.
const std::vector<std::string>& Suffixes() {
  static const std::vector<std::string> suffixes = {
      "",
      R"((?:\s+[^\s;:!?"“”«»()]+){0,4}?\s*[:,]?\s*$)",
      R"((?:\s+[^;:!?"“”«»()]*?)?\s*:\s*$)",
  };
  return suffixes;
}

struct BuiltInLexicons {
  std::vector<std::string> adverbs;
  std::vector<std::string> verbs;
};

const BuiltInLexicons& Lexicons() {
  static const BuiltInLexicons lexicons = [] {
    RuleLoadResult loaded = LoadRules({});
    BuiltInLexicons out;
    out.adverbs = loaded.rules.FindLexicon("cue-adverbs")->entries;
    out.verbs = loaded.rules.FindLexicon("speech-verbs")->entries;
    return out;
  }();
  return lexicons;
}

std::unique_ptr<CueTail> MakeTail(const std::vector<std::string>& adverbs,
                                  const std::vector<std::string>& verbs,
                                  const std::string& suffix) {
  std::optional<std::vector<CuePhrase>> a = CuePhrases(adverbs);
  std::optional<std::vector<CuePhrase>> v = CuePhrases(verbs);
  if (!a || !v) return nullptr;
  return CueTail::Make(*a, *v, suffix, {});
}

// The tail as RE2 compiles it in a pattern.
std::string TailRegex(const std::vector<std::string>& adverbs,
                      const std::vector<std::string>& verbs, const std::string& suffix) {
  return std::string(CueTail::kBeforeAdverbs) + AlternationRegex(adverbs) +
         std::string(CueTail::kBetween) + AlternationRegex(verbs) +
         std::string(CueTail::kAfterVerbs) + suffix;
}

// RE2's leftmost match of the tail in text[start, end), as CueTail answers.
std::optional<CueTail::Match> Re2Tail(const RE2& re, const std::string& text, size_t start,
                                      size_t end) {
  re2::StringPiece pieces[2];
  if (!re.Match(text, start, end, RE2::UNANCHORED, pieces, 2)) return std::nullopt;
  auto span = [&](const re2::StringPiece& piece) {
    const auto begin = static_cast<size_t>(piece.data() - text.data());
    return Span{begin, begin + piece.size()};
  };
  return CueTail::Match{span(pieces[0]), span(pieces[1])};
}

TEST(CueTailTest, TakesTheAdverbsAndTheLongestCueBeforeTheSuffix) {
  const std::vector<std::string> adverbs = {"then", "once again"};
  const std::vector<std::string> verbs = {"told", "told reporters", "said", "say", "says"};
  std::unique_ptr<CueTail> tail = MakeTail(adverbs, verbs, "");
  ASSERT_NE(tail, nullptr);
  // "then" and a word in -ly are adverbs; "told reporters" wins over "told".
  const std::string text = "Varga then quickly told  reporters on Monday";
  CueTail::Answer answer = tail->Search(text, 0, text.size());
  ASSERT_TRUE(answer.decided);
  ASSERT_TRUE(answer.match);
  EXPECT_EQ(answer.match->whole, (Span{5, 34}));
  EXPECT_EQ(text.substr(answer.match->cue.begin, answer.match->cue.size()), "told  reporters");
  // "say" needs a word boundary: "says" is the cue, never its start.
  const std::string says = "Varga SAYS";
  answer = tail->Search(says, 0, says.size());
  ASSERT_TRUE(answer.match);
  EXPECT_EQ(says.substr(answer.match->cue.begin), "SAYS");
  // No verb after the adverbs: no match.
  const std::string none = "Varga then quickly left";
  answer = tail->Search(none, 0, none.size());
  EXPECT_TRUE(answer.decided);
  EXPECT_FALSE(answer.match);
}

TEST(CueTailTest, ASuffixThatFailsMovesTheCueOn) {
  // At most four words may follow the cue to the window's end: "said" has
  // more after it, so the cue is the later "told".
  std::unique_ptr<CueTail> tail = MakeTail({"then"}, {"said", "told"}, Suffixes()[1]);
  ASSERT_NE(tail, nullptr);
  const std::string text = "Varga said nothing at all to anyone, and Brandt told them";
  CueTail::Answer answer = tail->Search(text, 0, text.size());
  ASSERT_TRUE(answer.match);
  EXPECT_EQ(text.substr(answer.match->cue.begin, answer.match->cue.size()), "told");
}

TEST(CueTailTest, LeavesCharactersThatFoldToAsciiLettersToRe2) {
  std::unique_ptr<CueTail> tail = MakeTail({"then"}, {"said", "asked"}, "");
  ASSERT_NE(tail, nullptr);
  // U+017F folds to "s", U+212A to "k": RE2 matches "\u017Faid" as "said".
  for (const std::string text : {"Varga \xC5\xBF"
                                 "aid",
                                 "Varga as\xE2\x84\xAA"
                                 "ed"}) {
    EXPECT_FALSE(tail->Search(text, 0, text.size()).decided) << text;
  }
}

TEST(CueTailTest, LeavesALongerRunOfAdverbsThanItFollowsToRe2) {
  std::unique_ptr<CueTail> tail = MakeTail({"then"}, {"said"}, "");
  ASSERT_NE(tail, nullptr);
  auto run = [](int adverbs) {
    std::string text = "Varga";
    for (int i = 0; i < adverbs; ++i) text += " slowly";
    return text + " said";
  };
  const std::string few = run(CueTail::kMaxAdverbs);
  CueTail::Answer answer = tail->Search(few, 0, few.size());
  ASSERT_TRUE(answer.decided);
  ASSERT_TRUE(answer.match);
  EXPECT_EQ(answer.match->whole.begin, 5u);
  const std::string many = run(CueTail::kMaxAdverbs + 2);
  EXPECT_FALSE(tail->Search(many, 0, many.size()).decided);
}

TEST(CueTailTest, ReadsOnlyWhatItCanCompare) {
  // A phrase beyond ASCII would need RE2's case folding; a suffix with a
  // group of its own would need its groups read.
  EXPECT_FALSE(CuePhrases({"said",
                           "d\xC3\xA9"
                           "clar\xC3\xA9"}));
  EXPECT_EQ(MakeTail({"then"}, {"said"}, R"(\s+(on)\b)"), nullptr);
  EXPECT_EQ(MakeTail({"then"}, {"said"}, R"(\s+(?P<x>on)\b)"), nullptr);
  EXPECT_EQ(MakeTail({"then"}, {"said"}, R"(\s+(on)"), nullptr);  // does not compile
  std::optional<std::vector<CuePhrase>> a = CuePhrases({"then"});
  std::optional<std::vector<CuePhrase>> v = CuePhrases({"said"});
  ASSERT_TRUE(a && v);
  EXPECT_EQ(CueTail::Make(*a, *v, "", {.case_sensitive = false}), nullptr);
  EXPECT_EQ(CueTail::Make(*a, *v, "", {.longest_match = true}), nullptr);
}

// Random texts of the pieces that decide a tail: lexicon adverbs and verbs
// in any case, words in -ly (Latin-1 letters too), other words, every kind
// of space (RE2's \s has no vertical tab), marks, apostrophes, digits and
// '_' beside words, and broken bytes.
std::vector<std::string> TailTexts(size_t count, unsigned seed) {
  std::vector<std::string> pieces = {"Varga",
                                     "the mayor",
                                     "officials",
                                     "quickly",
                                     "r\xC3\xA1pidly",
                                     "Quickly",
                                     "ly",
                                     "xly",
                                     "\xC3\xA9ly",
                                     "only",
                                     "then",
                                     "Then",
                                     "still",
                                     "once again",
                                     "repeatedly",
                                     "would",
                                     "later",
                                     "reporters",
                                     "told",
                                     "Told",
                                     "TOLD",
                                     "told reporters",
                                     "said",
                                     "SAID",
                                     "says",
                                     "say",
                                     "added",
                                     "warned",
                                     "asked",
                                     "wrote",
                                     "wrote in",
                                     "on",
                                     "that",
                                     "them",
                                     "a",
                                     "said_",
                                     "said2",
                                     "_",
                                     "2",
                                     " ",
                                     " ",
                                     " ",
                                     "  ",
                                     "\t",
                                     "\n",
                                     "\r",
                                     "\f",
                                     "\v",
                                     "\xC2\xA0",
                                     ",",
                                     ".",
                                     ":",
                                     ":",
                                     ";",
                                     "?",
                                     "\"",
                                     "“",
                                     "”",
                                     "(",
                                     ")",
                                     "—",
                                     "'",
                                     "’",
                                     "don't",
                                     "didn’t",
                                     "\xFF",
                                     "\xC3",
                                     "\xE2\x80"};
  // A few of the built-in lexicons' own phrases, the rarer ones too.
  std::mt19937 random(seed);
  const BuiltInLexicons& lexicons = Lexicons();
  for (const auto* lexicon : {&lexicons.adverbs, &lexicons.verbs}) {
    std::uniform_int_distribution<size_t> pick(0, lexicon->size() - 1);
    for (int i = 0; i < 20; ++i) pieces.push_back((*lexicon)[pick(random)]);
  }
  // Half of them close as the windows before a quote do, so that the
  // suffixes that run to the window's end have something to match.
  const std::vector<std::string> endings = {
      ":",           " said:",         " told reporters", " said on Monday:",
      " then said,", " quickly added", ", wrote"};
  std::vector<std::string> texts = test_re2::RandomTexts(pieces, 16, count, seed);
  std::uniform_int_distribution<size_t> ending(0, 2 * endings.size() - 1);
  for (std::string& text : texts) {
    const size_t e = ending(random);
    if (e < endings.size()) text += endings[e];
  }
  return texts;
}

TEST(CueTailTest, FindsWhatRe2FindsInTheTail) {
  const BuiltInLexicons& lexicons = Lexicons();
  const std::vector<std::string> texts = TailTexts(4000, 17);
  std::mt19937 random(29);
  for (const std::string& suffix : Suffixes()) {
    std::unique_ptr<CueTail> tail = MakeTail(lexicons.adverbs, lexicons.verbs, suffix);
    ASSERT_NE(tail, nullptr) << suffix;
    RE2 re(TailRegex(lexicons.adverbs, lexicons.verbs, suffix));
    ASSERT_TRUE(re.ok()) << re.error();
    size_t decided = 0;
    size_t matched = 0;
    for (const std::string& text : texts) {
      // The whole text, and a part of it with the rest as context.
      std::uniform_int_distribution<size_t> place(0, text.size());
      size_t start = place(random);
      size_t end = place(random);
      if (start > end) std::swap(start, end);
      for (const auto& [from, to] : {std::pair<size_t, size_t>{0, text.size()}, {start, end}}) {
        const CueTail::Answer answer = tail->Search(text, from, to);
        if (!answer.decided) continue;
        ++decided;
        const std::optional<CueTail::Match> expected = Re2Tail(re, text, from, to);
        const std::string where =
            "\"" + text + "\" [" + std::to_string(from) + ", " + std::to_string(to) + ") " + suffix;
        ASSERT_EQ(answer.match.has_value(), expected.has_value()) << where;
        if (!expected) continue;
        ++matched;
        EXPECT_EQ(answer.match->whole, expected->whole) << where;
        EXPECT_EQ(answer.match->cue, expected->cue) << where;
      }
    }
    // Nearly every text is decided by words, and many hold a tail.
    EXPECT_GE(decided, texts.size() * 2 * 95 / 100) << suffix;
    EXPECT_GE(matched, 400u) << suffix;
  }
}

TEST(CueTailTest, BuiltInPatternsReadTheirTailByWords) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  size_t by_words = 0;
  for (const AttributionPatternSpec& spec : loaded.rules.attribution_patterns()) {
    if (spec.where == "continuation") continue;
    std::string error;
    std::unique_ptr<Pattern> pattern = CompileRulePattern(spec.pattern, loaded.rules, {}, &error);
    ASSERT_NE(pattern, nullptr) << spec.id << ": " << error;
    if (pattern->ReadsTailByWords()) ++by_words;
  }
  // The speaker-before-cue patterns whose cue follows adverbs, the one
  // right after a quote ("...," the agency said) among them.
  EXPECT_GE(by_words, 5u);
}

// "...," the agency said: the words right after a quote, a prefix anchored
// at the window's start, the speaker's run, then the cue. Typical windows
// are answered by the words' matcher, RE2 never compiling the whole
// program (thousands of instructions for the speech verbs).
TEST(CueTailTest, TheWordsAfterAQuoteNeedNoWholeProgram) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty());
  const AttributionPatternSpec* spec = nullptr;
  for (const AttributionPatternSpec& candidate : loaded.rules.attribution_patterns()) {
    if (candidate.id == "quote-speaker-cue") spec = &candidate;
  }
  ASSERT_NE(spec, nullptr);
  std::string error;
  std::unique_ptr<Pattern> pattern = CompileRulePattern(spec->pattern, loaded.rules, {}, &error);
  ASSERT_NE(pattern, nullptr) << error;
  test_re2::Re2Oracle oracle(ExpandPlaceholders(spec->pattern, loaded.rules).regex);
  ASSERT_TRUE(oracle.re.ok());
  // Found, not found, a stop before the cue, a dash, and a cue inside the
  // prefix's text while the preferred prefix still finds a later one.
  for (const std::string text :
       {", the agency said on Monday.", " she added.", "— Ilse Varga later told reporters",
        "; the agency said", ", \tsaid Varga, who told", "", ","}) {
    test_re2::ExpectAgreesWithRe2(*pattern, oracle, text, spec->id);
    EXPECT_FALSE(pattern->CompiledWhole()) << text;
  }
  // The preferred prefix finds no cue after it, a less preferred one (the
  // comma left to the run) finds "said": RE2 decides, as it would.
  test_re2::ExpectAgreesWithRe2(*pattern, oracle, ", said the mayor.", spec->id);
}

TEST(CueTailTest, BuiltInPatternsFindWhatRe2Finds) {
  size_t checked = 0;
  test_re2::ExpectBuiltInAttributionPatternsAgree(
      [](const std::string& regex) { return regex.find(CueTail::kBetween) != std::string::npos; },
      TailTexts(500, 23), &checked);
  EXPECT_GE(checked, 4u);
}

}  // namespace
}  // namespace qa
