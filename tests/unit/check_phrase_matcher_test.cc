#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checks/phrase_matcher.h"
#include "checks/text_fingerprint.h"

namespace qa {
namespace {

struct Found {
  std::string text;
  int tag;
  bool operator==(const Found&) const = default;
};

std::vector<Found> FindAllIn(const PhraseMatcher& matcher, const std::string& text) {
  const std::vector<Word> words = SplitWords(text);
  std::vector<Found> found;
  for (const PhraseMatcher::Hit& hit : matcher.FindAll(words)) {
    const size_t begin = words[hit.first_word].span.begin;
    const size_t end = words[hit.first_word + hit.word_count - 1].span.end;
    found.push_back({text.substr(begin, end - begin), hit.tag});
  }
  return found;
}

PhraseMatcher Furniture() {
  PhraseMatcher matcher;
  matcher.Add("read more", 1);
  matcher.Add("read more here", 2);
  matcher.Add("sign up", 3);
  matcher.Add("advertisement", 4);
  return matcher;
}

TEST(PhraseMatcherTest, FindsEveryPhraseInTextOrderLongestFirst) {
  const PhraseMatcher matcher = Furniture();
  EXPECT_EQ(FindAllIn(matcher, "Advertisement. Read more here, or SIGN\nUP; read more."),
            (std::vector<Found>{
                {"Advertisement", 4}, {"Read more here", 2}, {"SIGN\nUP", 3}, {"read more", 1}}));
  // Whole words only, and a phrase may start right where another ends.
  EXPECT_EQ(FindAllIn(matcher, "bread more, sign upward"), std::vector<Found>{});
  EXPECT_EQ(FindAllIn(matcher, "sign up advertisement"),
            (std::vector<Found>{{"sign up", 3}, {"advertisement", 4}}));
  // A phrase's first word at the end of the text, with no room for the rest.
  EXPECT_EQ(FindAllIn(matcher, "Please read"), std::vector<Found>{});
}

// FindAll answers as MatchAt does at every word, for words that open a
// phrase and for the many that do not.
TEST(PhraseMatcherTest, FindAllAgreesWithMatchAtAtEveryWord) {
  const PhraseMatcher matcher = Furniture();
  const std::vector<Word> words = SplitWords(
      "The council read the report; read more here. Sign up for the harbour news, sign "
      "the petition, read more about the ferry, or see the advertisement below. Read");
  std::vector<PhraseMatcher::Hit> expected;
  for (size_t i = 0; i < words.size(); ++i) {
    PhraseMatcher::Hit hit;
    if (matcher.MatchAt(words, i, &hit)) expected.push_back(hit);
  }
  const std::vector<PhraseMatcher::Hit> found = matcher.FindAll(words);
  ASSERT_EQ(found.size(), expected.size());
  ASSERT_EQ(found.size(), 4u);
  for (size_t k = 0; k < found.size(); ++k) {
    EXPECT_EQ(found[k].first_word, expected[k].first_word);
    EXPECT_EQ(found[k].word_count, expected[k].word_count);
    EXPECT_EQ(found[k].tag, expected[k].tag);
  }
}

}  // namespace
}  // namespace qa
