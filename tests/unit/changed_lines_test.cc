// Reading git's patch text into changed lines (cli/changed_lines.h): the
// parser --diff-base relies on, given the shapes git prints.
#include "cli/changed_lines.h"

#include <gtest/gtest.h>

namespace qa {
namespace {

std::vector<std::pair<size_t, size_t>> Ranges(const FileChanges& changes) {
  std::vector<std::pair<size_t, size_t>> ranges;
  for (const LineRange& range : changes.lines) ranges.emplace_back(range.first, range.last);
  return ranges;
}

TEST(ChangedLinesTest, HunksGiveTheNewSideLines) {
  auto changes = ParseGitDiff(
      "diff --git a/news/ferry.txt b/news/ferry.txt\n"
      "index 1111111..2222222 100644\n"
      "--- a/news/ferry.txt\n"
      "+++ b/news/ferry.txt\n"
      "@@ -3 +3 @@ Ferry timetable\n"
      "-old line\n"
      "+new line\n"
      "@@ -9,0 +10,3 @@\n"
      "+added one\n"
      "+\n"
      "+added two\n");
  ASSERT_EQ(changes.size(), 1u);
  const FileChanges& ferry = changes["news/ferry.txt"];
  EXPECT_EQ(Ranges(ferry), (std::vector<std::pair<size_t, size_t>>{{3, 3}, {10, 12}}));
  EXPECT_TRUE(ferry.Touches(12, 20));
  EXPECT_TRUE(ferry.Touches(1, 3));
  EXPECT_FALSE(ferry.Touches(4, 9));
  EXPECT_FALSE(ferry.Touches(13, 13));
}

TEST(ChangedLinesTest, ADeletionMarksTheLinesAroundTheGap) {
  auto changes = ParseGitDiff(
      "diff --git a/a.txt b/a.txt\n"
      "--- a/a.txt\n"
      "+++ b/a.txt\n"
      "@@ -5,2 +4,0 @@\n"
      "-said the harbour master.\n"
      "-\n"
      "@@ -1 +0,0 @@\n"
      "-Title\n");
  EXPECT_EQ(Ranges(changes["a.txt"]), (std::vector<std::pair<size_t, size_t>>{{4, 5}, {1, 1}}));
}

TEST(ChangedLinesTest, NewFilesCountWholeAndDeletedFilesNotAtAll) {
  auto changes = ParseGitDiff(
      "diff --git a/new.txt b/new.txt\n"
      "new file mode 100644\n"
      "index 0000000..3e75765\n"
      "--- /dev/null\n"
      "+++ b/new.txt\n"
      "@@ -0,0 +1,2 @@\n"
      "+first\n"
      "+second\n"
      "diff --git a/gone.txt b/gone.txt\n"
      "deleted file mode 100644\n"
      "--- a/gone.txt\n"
      "+++ /dev/null\n"
      "@@ -1,4 +0,0 @@\n"
      "-a\n"
      "diff --git a/mode.txt b/mode.txt\n"
      "old mode 100644\n"
      "new mode 100755\n");
  EXPECT_EQ(Ranges(changes["new.txt"]), (std::vector<std::pair<size_t, size_t>>{{1, 2}}));
  EXPECT_TRUE(changes["gone.txt"].empty());
  EXPECT_TRUE(changes["mode.txt"].empty());
}

TEST(ChangedLinesTest, BinaryFilesCountAsWhollyChanged) {
  auto changes = ParseGitDiff(
      "diff --git a/photo caption.txt b/photo caption.txt\n"
      "index 87ae6b6..22f6b3b 100644\n"
      "Binary files a/photo caption.txt and b/photo caption.txt differ\n");
  ASSERT_EQ(changes.count("photo caption.txt"), 1u);
  EXPECT_TRUE(changes["photo caption.txt"].whole_file);
  EXPECT_TRUE(changes["photo caption.txt"].Touches(400, 400));
}

TEST(ChangedLinesTest, PathsWithSpacesQuotesAndNonAsciiLetters) {
  // git ends a path holding a space with a tab on the ---/+++ lines, and
  // quotes one holding a tab or a quote mark, with octal bytes unless
  // core.quotePath is off.
  auto changes = ParseGitDiff(
      "diff --git a/city hall/vote.txt b/city hall/vote.txt\n"
      "--- a/city hall/vote.txt\t\n"
      "+++ b/city hall/vote.txt\t\n"
      "@@ -2 +2 @@\n"
      "-x\n"
      "+y\n"
      "diff --git \"a/tab\\tname.txt\" \"b/tab\\tname.txt\"\n"
      "--- \"a/tab\\tname.txt\"\n"
      "+++ \"b/tab\\tname.txt\"\n"
      "@@ -1 +1 @@\n"
      "-x\n"
      "+y\n"
      "diff --git \"a/caf\\303\\251.txt\" \"b/caf\\303\\251.txt\"\n"
      "@@ -7 +7 @@\n"
      "diff --git a/Ørsted.txt b/Ørsted.txt\n"
      "@@ -8 +8 @@\n");
  EXPECT_EQ(Ranges(changes["city hall/vote.txt"]),
            (std::vector<std::pair<size_t, size_t>>{{2, 2}}));
  EXPECT_EQ(Ranges(changes["tab\tname.txt"]), (std::vector<std::pair<size_t, size_t>>{{1, 1}}));
  EXPECT_EQ(Ranges(changes["caf\xC3\xA9.txt"]), (std::vector<std::pair<size_t, size_t>>{{7, 7}}));
  EXPECT_EQ(Ranges(changes["Ørsted.txt"]), (std::vector<std::pair<size_t, size_t>>{{8, 8}}));
  EXPECT_EQ(changes.size(), 4u);
}

TEST(ChangedLinesTest, ContentLinesThatLookLikeHeadersAreContent) {
  // Every content line starts with +, - or a space, so an article that
  // quotes a patch does not start a new file.
  auto changes = ParseGitDiff(
      "diff --git a/a.txt b/a.txt\n"
      "@@ -1 +1,2 @@\n"
      "+diff --git a/b.txt b/b.txt\n"
      "+@@ -1 +40 @@\n");
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(Ranges(changes["a.txt"]), (std::vector<std::pair<size_t, size_t>>{{1, 2}}));
}

TEST(ChangedLinesTest, APatchReadInPiecesGivesTheSameChanges) {
  // git's output arrives in pipe-sized pieces that split lines anywhere; a
  // long added line is skipped as it streams past.
  const std::string patch =
      "diff --git a/city hall/vote.txt b/city hall/vote.txt\n"
      "--- a/city hall/vote.txt\t\n"
      "+++ b/city hall/vote.txt\t\n"
      "@@ -2 +2,2 @@ Council vote\n"
      "-x\n"
      "+" +
      std::string(100000, 'y') +
      "\n"
      "+z\n"
      "\\ No newline at end of file\n"
      "diff --git a/b.txt b/b.txt\n"
      "Binary files a/b.txt and b/b.txt differ\n"
      "diff --git a/c.txt b/c.txt\n"
      "@@ -7 +9,3 @@";  // no final line break
  std::map<std::string, FileChanges> whole = ParseGitDiff(patch);
  ASSERT_EQ(whole.size(), 3u);
  EXPECT_EQ(Ranges(whole["city hall/vote.txt"]), (std::vector<std::pair<size_t, size_t>>{{2, 3}}));
  EXPECT_TRUE(whole["b.txt"].whole_file);
  EXPECT_EQ(Ranges(whole["c.txt"]), (std::vector<std::pair<size_t, size_t>>{{9, 11}}));
  for (size_t size : {1, 2, 7, 4096}) {
    GitDiffReader reader;
    for (size_t at = 0; at < patch.size(); at += size)
      reader.Feed(std::string_view(patch).substr(at, size));
    std::map<std::string, FileChanges> pieces = reader.Finish();
    ASSERT_EQ(pieces.size(), whole.size()) << size;
    for (auto& [path, changes] : whole) {
      EXPECT_EQ(Ranges(pieces[path]), Ranges(changes)) << path << " in pieces of " << size;
      EXPECT_EQ(pieces[path].whole_file, changes.whole_file) << path << " in pieces of " << size;
    }
  }
}

TEST(ChangedLinesTest, UnquotingUndoesGitsEscapes) {
  EXPECT_EQ(UnquoteGitPath("plain name.txt"), "plain name.txt");
  EXPECT_EQ(UnquoteGitPath("\"a\\\"b\\\\c\\td\\n\""), "a\"b\\c\td\n");
  EXPECT_EQ(UnquoteGitPath("\"\\303\\274ber.txt\""),
            "\xC3\xBC"
            "ber.txt");
}

}  // namespace
}  // namespace qa
