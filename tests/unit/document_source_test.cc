// The document model's map from analysis text back to the source bytes, and
// the builder that marked-up readers make documents with.
#include <gtest/gtest.h>

#include <string>

#include "core/document.h"
#include "io/document_builder.h"

namespace qa {
namespace {

TEST(DocumentSourceTest, PlainTextMapsEveryOffsetToItself) {
  Document document;
  document.set_original("Koval said.");
  document.text = document.original();
  EXPECT_EQ(document.SourceOffset(6), 6u);
  EXPECT_EQ(document.ToSource({0, 5}), (Span{0, 5}));
  EXPECT_EQ(document.Original({6, 10}), "said");
}

// "re**build**": the emphasis marks are not in the analysis text, so the
// word is whole there, and its span maps back over the marks.
TEST(DocumentSourceTest, MarkupLeftOutStillMapsBackOverIt) {
  const std::string source = "We re**build** it.";
  DocumentBuilder builder("a.md", source);
  builder.Copy(0, 5);    // "We re"
  builder.Copy(7, 12);   // "build"
  builder.Copy(14, 18);  // " it."
  Document document = std::move(builder).Finish();
  EXPECT_EQ(document.Text(document.paragraphs.at(0)), "We rebuild it.");
  Span word = {3, 10};  // "rebuild" in the analysis text
  EXPECT_EQ(document.Text(word), "rebuild");
  EXPECT_EQ(document.Original(word), "re**build");
  EXPECT_EQ(document.SourceOffset(10), 14u);  // the space after the closing marks
}

// "Ren&eacute;e": the entity is one unit; a span never ends inside it.
TEST(DocumentSourceTest, DecodedEntityIsOneUnit) {
  const std::string source = "Ren&eacute;e Varga";
  DocumentBuilder builder("a.html", source);
  builder.Copy(0, 3);
  builder.Decoded("\xC3\xA9", 3, 11);  // é
  builder.Copy(11, 18);
  Document document = std::move(builder).Finish();
  EXPECT_EQ(document.Text({0, 6}),
            "Ren\xC3\xA9"
            "e");
  EXPECT_EQ(document.Original({0, 6}), "Ren&eacute;e");
  EXPECT_EQ(document.ToSource({3, 5}), (Span{3, 11}));
  EXPECT_EQ(document.Original({7, 12}), "Varga");
}

TEST(DocumentSourceTest, BlocksBecomeParagraphsThatDoNotTouch) {
  const std::string source = "# Title\n\nBody text.\n";
  DocumentBuilder builder("a.md", source);
  builder.Copy(2, 7);
  builder.EndBlock();
  builder.Copy(9, 19);
  Document document = std::move(builder).Finish();
  ASSERT_EQ(document.paragraphs.size(), 2u);
  EXPECT_EQ(document.Text(document.paragraphs[0]), "Title");
  EXPECT_EQ(document.Text(document.paragraphs[1]), "Body text.");
  EXPECT_EQ(document.ToSource(document.paragraphs[1]), (Span{9, 19}));
  // The blank line between blocks stands for no source byte.
  EXPECT_LT(document.paragraphs[0].end, document.paragraphs[1].begin - 1);
}

TEST(DocumentSourceTest, InvalidUtf8InCopiedProseIsBlankedAndReported) {
  const std::string source =
      "ab\xFF"
      "cd";
  DocumentBuilder builder("a.md", source);
  builder.Copy(0, 5);
  Document document = std::move(builder).Finish();
  EXPECT_EQ(document.Text(document.paragraphs.at(0)), "ab cd");
  ASSERT_EQ(document.problems.size(), 1u);
  EXPECT_EQ(document.problems[0].offset, 2u);
}

}  // namespace
}  // namespace qa
