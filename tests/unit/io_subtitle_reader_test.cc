// The WebVTT and SRT readers: the cue text alone, as one transcript; the
// timestamps, numbers, identifiers, header and NOTE blocks dropped; markup
// left out with every span still mapping back to its source bytes.
#include <gtest/gtest.h>

#include <string>

#include "io/source_reader.h"
#include "io/subtitle_reader.h"

namespace qa {
namespace {

TEST(SubtitleReaderTest, WebVttKeepsOnlyCueText) {
  std::string vtt =
      "WEBVTT\nKind: captions\n\nNOTE recorded on Friday\nstill the note\n\n"
      "intro\n00:00:01.000 --> 00:00:04.000 align:start\nWe will <i>rebuild</i>\nthe wall.\n\n"
      "00:00:05.000 --> 00:00:06.000\nSoon.\n";
  LoadResult loaded = LoadWebVtt("a.vtt", vtt);
  ASSERT_TRUE(loaded.document.has_value());
  EXPECT_EQ(loaded.document->text, "We will rebuild\nthe wall.\n\n\nSoon.\n\n\n");
  ASSERT_EQ(loaded.document->paragraphs.size(), 2u);
  // "rebuild" maps back to its bytes, past the <i> tag.
  size_t at = loaded.document->text.find("rebuild");
  EXPECT_EQ(loaded.document->Original({at, at + 7}), "rebuild");
}

TEST(SubtitleReaderTest, WebVttVoiceTagBecomesASpeakerLabel) {
  LoadResult loaded =
      LoadWebVtt("a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v.loud Eva Vold>We will.\n");
  ASSERT_TRUE(loaded.document.has_value());
  EXPECT_EQ(loaded.document->text.substr(0, 18), "Eva Vold: We will.");
  EXPECT_EQ(loaded.document->Original({0, 8}), "<v.loud Eva Vold>");
}

TEST(SubtitleReaderTest, SrtDropsNumbersAndTimestamps) {
  std::string srt =
      "1\r\n00:00:00,500 --> 00:00:03,000\r\nVOLD: The new wall\r\n\r\n"
      "2\r\n00:00:03,200 --> 00:00:06,000\r\n<font color=\"red\">{\\an8}By March.</font>\r\n";
  LoadResult loaded = LoadSrt("a.srt", srt);
  ASSERT_TRUE(loaded.document.has_value());
  EXPECT_EQ(loaded.document->text, "VOLD: The new wall\n\n\nBy March.\n\n\n");
}

TEST(SubtitleReaderTest, SourceReaderChoosesByExtension) {
  LoadResult missing = ReadSourceDocument("/nonexistent/interview.VTT");
  EXPECT_FALSE(missing.document.has_value());
  ASSERT_TRUE(missing.error.has_value());
  EXPECT_EQ(missing.error->path, "/nonexistent/interview.VTT");
}

TEST(SubtitleReaderTest, BinaryIsAnError) {
  LoadResult loaded = LoadSrt("a.srt", std::string("1\n\0\0\0", 5));
  EXPECT_FALSE(loaded.document.has_value());
  EXPECT_TRUE(loaded.error.has_value());
}

}  // namespace
}  // namespace qa
