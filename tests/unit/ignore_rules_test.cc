// gitignore syntax in .quoteauditignore files and a config's "ignore" list:
// each feature an editor may use, tested through IgnoreRules::Match.
#include "config/ignore_rules.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

namespace qa {
namespace {

class IgnoreRulesTest : public ::testing::Test {
 protected:
  void Use(const std::string& text) {
    errors_.clear();
    rules_ = IgnoreRules::ParseText(text, "site/.quoteauditignore", &errors_);
    for (const RuleError& error : errors_) ADD_FAILURE() << error.ToString();
  }
  bool IgnoresFile(const std::string& path) const {
    return rules_->Match(path, false) == IgnoreMatch::kIgnore;
  }
  bool IgnoresDir(const std::string& path) const {
    return rules_->Match(path, true) == IgnoreMatch::kIgnore;
  }

  std::shared_ptr<const IgnoreRules> rules_;
  std::vector<RuleError> errors_;
};

TEST_F(IgnoreRulesTest, CommentsAndBlankLinesMatchNothing) {
  Use("# drafts are not ready\n\n   \n#draft.txt\n");
  EXPECT_TRUE(rules_->empty());
  EXPECT_FALSE(IgnoresFile("#draft.txt"));
  EXPECT_FALSE(IgnoresFile("draft.txt"));
}

TEST_F(IgnoreRulesTest, EscapedHashAndBangAreLiteral) {
  Use("\\#notes.txt\n\\!important.txt\n");
  EXPECT_TRUE(IgnoresFile("#notes.txt"));
  EXPECT_TRUE(IgnoresFile("!important.txt"));
  EXPECT_FALSE(IgnoresFile("important.txt"));
}

TEST_F(IgnoreRulesTest, NameWithoutSlashMatchesAtAnyDepth) {
  Use("wire-copy.txt\n");
  EXPECT_TRUE(IgnoresFile("wire-copy.txt"));
  EXPECT_TRUE(IgnoresFile("2024/may/wire-copy.txt"));
  EXPECT_FALSE(IgnoresFile("my-wire-copy.txt"));
  EXPECT_FALSE(IgnoresFile("wire-copy.txt.bak"));
}

TEST_F(IgnoreRulesTest, StarAndQuestionMarkStayWithinOneComponent) {
  Use("*.draft.txt\nday-?.txt\n");
  EXPECT_TRUE(IgnoresFile("harbour.draft.txt"));
  EXPECT_TRUE(IgnoresFile("news/harbour.draft.txt"));
  EXPECT_FALSE(IgnoresFile("harbour.txt"));
  EXPECT_TRUE(IgnoresFile("day-1.txt"));
  EXPECT_FALSE(IgnoresFile("day-12.txt"));
  EXPECT_FALSE(IgnoresFile("day-/.txt"));

  Use("news/*.txt\n");
  EXPECT_TRUE(IgnoresFile("news/a.txt"));
  EXPECT_FALSE(IgnoresFile("news/sub/a.txt"));  // '*' does not cross '/'
}

TEST_F(IgnoreRulesTest, LeadingSlashAnchorsToTheIgnoreFilesDirectory) {
  Use("/index.txt\n");
  EXPECT_TRUE(IgnoresFile("index.txt"));
  EXPECT_FALSE(IgnoresFile("news/index.txt"));
}

TEST_F(IgnoreRulesTest, MiddleSlashAnchorsToo) {
  Use("news/index.txt\n");
  EXPECT_TRUE(IgnoresFile("news/index.txt"));
  EXPECT_FALSE(IgnoresFile("archive/news/index.txt"));
}

TEST_F(IgnoreRulesTest, TrailingSlashMatchesDirectoriesOnly) {
  Use("drafts/\n");
  EXPECT_TRUE(IgnoresDir("drafts"));
  EXPECT_TRUE(IgnoresDir("2024/drafts"));
  EXPECT_FALSE(IgnoresFile("drafts"));  // a file called drafts stays
}

TEST_F(IgnoreRulesTest, NegationReincludesAndTheLastMatchWins) {
  Use("*.txt\n!keep.txt\n");
  EXPECT_TRUE(IgnoresFile("story.txt"));
  EXPECT_FALSE(IgnoresFile("keep.txt"));
  EXPECT_EQ(rules_->Match("keep.txt", false), IgnoreMatch::kInclude);
  EXPECT_EQ(rules_->Match("notes.md", false), IgnoreMatch::kNone);

  Use("!keep.txt\n*.txt\n");  // a later pattern overrides the negation
  EXPECT_TRUE(IgnoresFile("keep.txt"));
}

TEST_F(IgnoreRulesTest, LeadingDoubleStarMatchesInEveryDirectory) {
  Use("**/syndicated/feed.txt\n");
  EXPECT_TRUE(IgnoresFile("syndicated/feed.txt"));
  EXPECT_TRUE(IgnoresFile("a/b/syndicated/feed.txt"));
  EXPECT_FALSE(IgnoresFile("a/syndicated/b/feed.txt"));
}

TEST_F(IgnoreRulesTest, TrailingDoubleStarMatchesEverythingInside) {
  Use("archive/**\n");
  EXPECT_TRUE(IgnoresFile("archive/a.txt"));
  EXPECT_TRUE(IgnoresFile("archive/2019/b.txt"));
  EXPECT_TRUE(IgnoresDir("archive/2019"));
  EXPECT_FALSE(IgnoresDir("archive"));  // the directory itself is walked, its contents are not
  EXPECT_FALSE(IgnoresFile("old/archive/a.txt"));
}

TEST_F(IgnoreRulesTest, MiddleDoubleStarMatchesZeroOrMoreDirectories) {
  Use("news/**/proofs.txt\n");
  EXPECT_TRUE(IgnoresFile("news/proofs.txt"));
  EXPECT_TRUE(IgnoresFile("news/2024/proofs.txt"));
  EXPECT_TRUE(IgnoresFile("news/2024/may/proofs.txt"));
  EXPECT_FALSE(IgnoresFile("sport/2024/proofs.txt"));
}

TEST_F(IgnoreRulesTest, OtherRunsOfStarsAreOneStar) {
  Use("a**b.txt\n");
  EXPECT_TRUE(IgnoresFile("axyb.txt"));
  EXPECT_FALSE(IgnoresFile("ax/yb.txt"));
}

TEST_F(IgnoreRulesTest, CharacterClasses) {
  Use("draft[0-9].txt\nnote[abc].txt\nmemo[!x].txt\nlog[^y].txt\nday[[:digit:]].txt\n");
  EXPECT_TRUE(IgnoresFile("draft7.txt"));
  EXPECT_FALSE(IgnoresFile("draftx.txt"));
  EXPECT_TRUE(IgnoresFile("noteb.txt"));
  EXPECT_FALSE(IgnoresFile("noted.txt"));
  EXPECT_TRUE(IgnoresFile("memoa.txt"));
  EXPECT_FALSE(IgnoresFile("memox.txt"));
  EXPECT_TRUE(IgnoresFile("logz.txt"));
  EXPECT_FALSE(IgnoresFile("logy.txt"));
  EXPECT_TRUE(IgnoresFile("day4.txt"));
  EXPECT_FALSE(IgnoresFile("dayx.txt"));
}

TEST_F(IgnoreRulesTest, NegatedClassNeverMatchesSlash) {
  Use("a[!x]b\n");
  EXPECT_TRUE(IgnoresFile("a-b"));
  EXPECT_FALSE(IgnoresFile("a/b"));
}

TEST_F(IgnoreRulesTest, UnclosedBracketIsLiteral) {
  Use("draft[1.txt\n");
  EXPECT_TRUE(IgnoresFile("draft[1.txt"));
  EXPECT_FALSE(IgnoresFile("draft1.txt"));
}

TEST_F(IgnoreRulesTest, RegexCharactersInNamesAreLiteral) {
  Use("report(final)+.txt\n");
  EXPECT_TRUE(IgnoresFile("report(final)+.txt"));
  EXPECT_FALSE(IgnoresFile("reportfinal.txt"));
  EXPECT_FALSE(IgnoresFile("report(final)+xtxt"));
}

TEST_F(IgnoreRulesTest, TrailingSpacesAreDroppedUnlessEscaped) {
  Use("notes.txt   \nspaced\\ \n");
  EXPECT_TRUE(IgnoresFile("notes.txt"));
  EXPECT_TRUE(IgnoresFile("spaced "));
  EXPECT_FALSE(IgnoresFile("spaced"));
}

TEST_F(IgnoreRulesTest, CrlfLinesWork) {
  Use("a.txt\r\n!b.txt\r\n");
  EXPECT_TRUE(IgnoresFile("a.txt"));
  EXPECT_EQ(rules_->Match("b.txt", false), IgnoreMatch::kInclude);
}

TEST_F(IgnoreRulesTest, OutsideTheBaseOnlyUnanchoredPatternsMatchTheName) {
  Use("*.draft.txt\n/top.txt\nnews/a.txt\n");
  EXPECT_EQ(rules_->MatchName("x.draft.txt", false), IgnoreMatch::kIgnore);
  EXPECT_EQ(rules_->MatchName("top.txt", false), IgnoreMatch::kNone);
  EXPECT_EQ(rules_->MatchName("a.txt", false), IgnoreMatch::kNone);
}

TEST_F(IgnoreRulesTest, PatternsAreKeptAsWritten) {
  Use("# comment\n*.draft.txt\n!keep.txt   \n");
  EXPECT_EQ(rules_->patterns(), (std::vector<std::string>{"*.draft.txt", "!keep.txt"}));
}

TEST(IgnorePatternErrorTest, ABadRangeNamesTheLine) {
  std::vector<RuleError> errors;
  auto rules =
      IgnoreRules::ParseText("ok.txt\n\nfile[z-a].txt\n", "news/.quoteauditignore", &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 3u);
  EXPECT_NE(errors[0].ToString().find("news/.quoteauditignore:3:"), std::string::npos)
      << errors[0].ToString();
  EXPECT_EQ(rules->patterns(), std::vector<std::string>{"ok.txt"});  // the rest still works
}

TEST(IgnorePatternErrorTest, AConfigListErrorNamesThePointer) {
  std::vector<RuleError> errors;
  IgnoreRules::Parse({"ok.txt", "[z-a]"}, "site/.quoteaudit.json", "/ignore", &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].key, "/ignore/1");
  EXPECT_EQ(errors[0].ToString().rfind("site/.quoteaudit.json: /ignore/1: ", 0), 0u)
      << errors[0].ToString();
}

}  // namespace
}  // namespace qa

namespace qa {
namespace {

// The verdict as the rules define it, pattern by pattern from the last:
// what the one-pass search of every pattern must give.
IgnoreMatch OneByOne(const std::vector<std::string>& lines, const std::string& path,
                     bool is_directory, bool anchored_too) {
  for (auto line = lines.rbegin(); line != lines.rend(); ++line) {
    IgnorePatternSpec spec;
    if (!ParseIgnoreLine(*line, &spec)) continue;
    if ((spec.directory_only && !is_directory) || (spec.anchored && !anchored_too)) continue;
    RE2 re(spec.regex);
    if (re.ok() && RE2::PartialMatch(path, re)) {
      return spec.negated ? IgnoreMatch::kInclude : IgnoreMatch::kIgnore;
    }
  }
  return IgnoreMatch::kNone;
}

TEST(IgnoreRulesInOnePassTest, TheLastPatternThatAppliesWinsAsOneByOne) {
  const std::vector<std::string> pool = {
      "*.txt", "!keep.txt", "drafts/",  "!drafts/", "/top.md",  "a/**/b.txt", "**/notes",
      "!*.md", "x?.txt",    "[ab]*.md", "logs/**",  "!logs/ok", "/a/",        "b.txt",
      "*",     "!a/*.txt",  "*.TXT",    "é*.txt",   "a/b/",     "!**/b.txt"};
  const std::vector<std::string> paths = {
      "keep.txt", "a/keep.txt", "drafts", "a/drafts",  "top.md", "a/top.md", "a/x/b.txt",
      "a/b.txt",  "b.txt",      "notes",  "a/notes",   "x1.txt", "ab.md",    "logs/ok",
      "logs/a/b", "a",          "a/b",    "STORY.TXT", "é1.txt", "c/d/e.md", ""};
  std::mt19937 random(3);
  std::uniform_int_distribution<size_t> pick(0, pool.size() - 1);
  std::uniform_int_distribution<int> count(2, 9);
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> lines;
    for (int n = count(random); n > 0; --n) lines.push_back(pool[pick(random)]);
    std::vector<RuleError> errors;
    auto rules = IgnoreRules::Parse(lines, "test", "", &errors);
    ASSERT_TRUE(errors.empty());
    for (const std::string& path : paths) {
      for (bool is_directory : {false, true}) {
        std::string where = "rules";
        for (const std::string& line : lines) where += " [" + line + "]";
        where += " on \"" + path + "\"" + (is_directory ? " (folder)" : "");
        EXPECT_EQ(rules->Match(path, is_directory), OneByOne(lines, path, is_directory, true))
            << where;
        EXPECT_EQ(rules->MatchName(path, is_directory), OneByOne(lines, path, is_directory, false))
            << where << " by name";
      }
    }
  }
}

}  // namespace
}  // namespace qa
