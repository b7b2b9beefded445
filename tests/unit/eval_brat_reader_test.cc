#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "eval/brat_reader.h"

namespace qa {
namespace {

// "“Go,” said Zoë." in code points: “=0 Go,=1..3 ”=4 space=5 said=6..9
// space=10 Zoë=11..13 .=14
const std::string kArticle = "\xE2\x80\x9CGo,\xE2\x80\x9D said Zo\xC3\xAB.";

std::string_view Slice(std::string_view text, Span span) {
  return text.substr(span.begin, span.size());
}

TEST(BratReaderTest, ConvertsCodePointOffsetsToBytes) {
  std::vector<EvalError> errors;
  BratAnnotations annotations =
      ParseBratAnnotations("a.ann",
                           "T1\tContent 0 5\t\xE2\x80\x9CGo,\xE2\x80\x9D\n"
                           "T2\tSource 11 14\tZo\xC3\xAB\n"
                           "T3\tCue 6 10\tsaid\n"
                           "T4\tAttribution 6 10\tsaid\n"
                           "E1\tAttribution:T4 Source:T2 Cue:T3 Content:T1\n",
                           kArticle, &errors);
  EXPECT_TRUE(errors.empty()) << errors.front().ToString();
  ASSERT_EQ(annotations.attributions.size(), 1u);
  const BratAttribution& attribution = annotations.attributions[0];
  ASSERT_EQ(attribution.content.size(), 1u);
  EXPECT_EQ(attribution.content[0], (Span{0, 9}));
  EXPECT_EQ(Slice(kArticle, attribution.content[0]), "\xE2\x80\x9CGo,\xE2\x80\x9D");
  ASSERT_EQ(attribution.source.size(), 1u);
  EXPECT_EQ(Slice(kArticle, attribution.source[0]), "Zo\xC3\xAB");
  EXPECT_EQ(attribution.source_text, "Zo\xC3\xAB");
  EXPECT_EQ(attribution.id, "E1");
}

TEST(BratReaderTest, DiscontinuousAndNumberedContentAreAllKept) {
  std::string article = "\"A,\" he said. \"B.\" And \"C.\"";
  std::vector<EvalError> errors;
  BratAnnotations annotations =
      ParseBratAnnotations("a.ann",
                           "T1\tContent 0 4;14 18\t\"A,\" \"B.\"\n"
                           "T2\tContent 23 27\t\"C.\"\n"
                           "T3\tSource 5 7\the\n"
                           "T4\tAttribution 8 12\tsaid\n"
                           "E1\tAttribution:T4 Content:T1 Source:T3 Content2:T2\n",
                           article, &errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(annotations.attributions.size(), 1u);
  const std::vector<Span>& content = annotations.attributions[0].content;
  ASSERT_EQ(content.size(), 3u);
  EXPECT_EQ(Slice(article, content[0]), "\"A,\"");
  EXPECT_EQ(Slice(article, content[1]), "\"B.\"");
  EXPECT_EQ(Slice(article, content[2]), "\"C.\"");
}

TEST(BratReaderTest, AttributionWithoutSourceHasNoSourceSpans) {
  std::string article = "The sign read: \"Closed.\"";
  std::vector<EvalError> errors;
  BratAnnotations annotations =
      ParseBratAnnotations("a.ann",
                           "T1\tCue 9 13\tread\n"
                           "T2\tContent 15 24\t\"Closed.\"\n"
                           "T3\tAttribution-no-source 9 13\tread\n"
                           "E1\tAttribution-no-source:T3 Cue:T1 Content:T2 \n",
                           article, &errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(annotations.attributions.size(), 1u);
  EXPECT_TRUE(annotations.attributions[0].source.empty());
  EXPECT_EQ(annotations.attributions[0].source_text, "");
  EXPECT_EQ(annotations.attributions[0].content.size(), 1u);
}

TEST(BratReaderTest, DiscardedTextIsKeptAndDiscussIgnored) {
  std::string article = "Photo: Ana Ruiz. \"Yes,\" she said.";
  std::vector<EvalError> errors;
  BratAnnotations annotations = ParseBratAnnotations("a.ann",
                                                     "T1\tDiscard 0 16\tPhoto: Ana Ruiz.\n"
                                                     "T2\tDiscuss 17 23\t\"Yes,\"\n",
                                                     article, &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_TRUE(annotations.attributions.empty());
  EXPECT_EQ(annotations.discarded, (std::vector<Span>{{0, 16}}));
}

TEST(BratReaderTest, EventsMayReferToTextBoundsDefinedLater) {
  std::string article = "\"Yes,\" she said.";
  std::vector<EvalError> errors;
  BratAnnotations annotations = ParseBratAnnotations("a.ann",
                                                     "E1\tAttribution:T3 Content:T1 Source:T2\n"
                                                     "T1\tContent 0 6\t\"Yes,\"\n"
                                                     "T2\tSource 7 10\tshe\n"
                                                     "T3\tAttribution 11 15\tsaid\n",
                                                     article, &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(annotations.attributions.size(), 1u);
}

TEST(BratReaderTest, MalformedLinesAreReportedWithLineNumbersAndSkipped) {
  std::string article = "\"Yes,\" she said.";
  std::vector<EvalError> errors;
  BratAnnotations annotations = ParseBratAnnotations("dir/a.ann",
                                                     "T1\tContent 0 6\t\"Yes,\"\n"      // 1
                                                     "T2\tSource 7 x\tshe\n"            // 2
                                                     "T3\tSource 7 99\tshe\n"           // 3
                                                     "T4\tSource 0 3\tshe\n"            // 4
                                                     "\n"                               // 5
                                                     "nonsense\n"                       // 6
                                                     "E1\tAttribution:T1 Source:T9\n"   // 7
                                                     "E2\tAttribution:T1 Content\n"     // 8
                                                     "E3\tQuote:T1 Content:T1\n"        // 9
                                                     "T5\tAttribution 11 15\tsaid\n"    // 10
                                                     "E4\tAttribution:T5 Content:T1\n"  // 11
                                                     "A1\tNegated E4\n"                 // 12
                                                     "T6\tContent 0 6\n",               // 13
                                                     article, &errors);
  std::vector<size_t> lines;
  for (const EvalError& error : errors) {
    EXPECT_EQ(error.path, "dir/a.ann");
    lines.push_back(error.line);
  }
  EXPECT_EQ(lines, (std::vector<size_t>{2, 3, 4, 6, 7, 8, 9, 13}));
  EXPECT_NE(errors[2].message.find("does not match the article"), std::string::npos)
      << errors[2].message;
  EXPECT_NE(errors[1].message.find("past the end"), std::string::npos) << errors[1].message;
  EXPECT_EQ(errors[0].ToString().substr(0, 12), "dir/a.ann:2:");
  // The good attribution on line 11 survives the bad lines around it.
  ASSERT_EQ(annotations.attributions.size(), 1u);
  EXPECT_EQ(annotations.attributions[0].id, "E4");
}

TEST(BratReaderTest, HostileInputGivesErrorsNotCrashes) {
  std::string article = "\"Yes,\" she said.";
  std::vector<EvalError> errors;
  BratAnnotations annotations =
      ParseBratAnnotations("a.ann",
                           "T1\tContent 0 99999999999999999999999\tx\n"
                           "T2\tContent -1 3\tx\n"
                           "T3\tContent 4 2\tx\n"
                           "T4\tContent \tx\n"
                           "T5\tContent 0 1;\t\"\n"
                           "T6\t\t\n"
                           "E1\t\n"
                           "E2\t:T1\n"
                           "\t\t\n"
                           "T7\tContent 0 6\t\"Yes,\"",  // no final newline
                           article, &errors);
  // Every line is an error except the blank one and T7, which has no event.
  EXPECT_EQ(errors.size(), 8u);
  EXPECT_TRUE(annotations.attributions.empty());
  for (const EvalError& error : errors) EXPECT_GT(error.line, 0u) << error.ToString();
}

TEST(BratReaderTest, CrLfAnnotationFilesAreAccepted) {
  std::string article = "\"Yes,\" she said.";
  std::vector<EvalError> errors;
  BratAnnotations annotations = ParseBratAnnotations("a.ann",
                                                     "T1\tContent 0 6\t\"Yes,\"\r\n"
                                                     "T2\tAttribution 11 15\tsaid\r\n"
                                                     "E1\tAttribution:T2 Content:T1\r\n",
                                                     article, &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(annotations.attributions.size(), 1u);
}

}  // namespace
}  // namespace qa
