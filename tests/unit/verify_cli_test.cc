// `quoteaudit verify` end to end: exit codes, --fail-level, formats, and
// sources that cannot be read.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_run.h"

namespace qa {
namespace {

using test_files::RunResult;
using VerifyCliTest = test_files::QuoteauditTest;

constexpr const char* kArticle =
    "Ferry service cut\n\n"
    "The mayor of Tollvik, Ines Marrow, announced the cut on Monday.\n\n"
    "\"We will never run the night ferry again,\" Marrow said.\n";

constexpr const char* kTranscript =
    "CHAIR: The mayor has the floor.\n"
    "MARROW: We will not run the night ferry again. I am sorry.\n";

TEST_F(VerifyCliTest, MisquoteIsAWarningThatFailsAtWarningLevel) {
  Write("story.txt", kArticle);
  Write("sources/meeting.txt", kTranscript);
  RunResult result = Run("verify story.txt --source sources --no-summary");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\"will never run\" vs source \"will not run\" [misquote]"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("sources/meeting.txt:2:9: note: the source (MARROW)"),
            std::string::npos)
      << result.out;
  EXPECT_EQ(Run("verify story.txt --source sources --fail-level warning").exit_code, 1);
}

TEST_F(VerifyCliTest, JsonCarriesTheSourcePassage) {
  Write("story.txt", kArticle);
  Write("meeting.txt", kTranscript);
  RunResult result = Run("verify story.txt --source meeting.txt --format json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  nlohmann::json report = nlohmann::json::parse(result.out);
  const nlohmann::json& finding = report["files"][0]["findings"][0];
  EXPECT_EQ(finding["rule"], "misquote");
  EXPECT_EQ(finding["related"][0]["path"], "meeting.txt");
}

TEST_F(VerifyCliTest, NoSourcesIsSilent) {
  Write("story.txt", kArticle);
  RunResult result = Run("verify story.txt --no-summary");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out, "");
}

TEST_F(VerifyCliTest, AMissingSourceIsAnErrorNamingIt) {
  Write("story.txt", kArticle);
  RunResult result = Run("verify story.txt --source nowhere.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("nowhere.txt"), std::string::npos) << result.err;
  EXPECT_EQ(result.out, "");
}

TEST_F(VerifyCliTest, ASourceFolderWithNoRecordsIsAnError) {
  Write("story.txt", kArticle);
  Write("empty/readme.pdfx", "x");
  RunResult result = Run("verify story.txt --source empty");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("source empty: no source documents"), std::string::npos) << result.err;
}

TEST_F(VerifyCliTest, ABinarySourceIsAnError) {
  Write("story.txt", kArticle);
  Write("tape.srt", std::string("1\n\0\0binary", 10));
  RunResult result = Run("verify story.txt --source tape.srt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("tape.srt"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace qa

namespace qa {
namespace {

TEST_F(VerifyCliTest, QuotesWithSourcesSayWhereEachQuoteWasFound) {
  Write("story.txt",
        "Ferry service cut\n\n"
        "The mayor of Tollvik, Ines Marrow, announced the cut on Monday.\n\n"
        "\"I am sorry,\" Marrow said.\n\n"
        "\"We will never run the night ferry again,\" she said.\n");
  Write("meeting.txt", kTranscript);
  RunResult json = Run("quotes story.txt --source meeting.txt --format json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  nlohmann::json report = nlohmann::json::parse(json.out);
  const nlohmann::json& quotes = report["files"][0]["quotes"];
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0]["verified"], "meeting.txt:2:48");
  EXPECT_TRUE(quotes[1]["verified"].is_null());  // a misquote is not verified
  RunResult table = Run("quotes story.txt --source meeting.txt");
  EXPECT_NE(table.out.find("VERIFIED"), std::string::npos) << table.out;
  // Without sources, no column and no field.
  EXPECT_EQ(Run("quotes story.txt").out.find("VERIFIED"), std::string::npos);
  nlohmann::json plain = nlohmann::json::parse(Run("quotes story.txt --format json").out);
  EXPECT_FALSE(plain["files"][0]["quotes"][0].contains("verified"));
}

}  // namespace
}  // namespace qa

namespace qa {
namespace {

TEST_F(VerifyCliTest, AConfigsSourcesAreReadForItsArticles) {
  Write("desk/.quoteaudit.json", "{\"sources\": [\"records/*.txt\"]}");
  Write("desk/records/meeting.txt", kTranscript);
  Write("desk/story.txt", kArticle);
  Write("other/story.txt", kArticle);
  RunResult result = Run("verify desk/story.txt other/story.txt --no-summary");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("desk/story.txt:5:1: warning: quote differs"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("desk/records/meeting.txt:2:9: note:"), std::string::npos)
      << result.out;
  // No config, no --source: nothing to check against, nothing said.
  EXPECT_EQ(result.out.find("other/story.txt"), std::string::npos) << result.out;
}

TEST_F(VerifyCliTest, AConfigsSourcesThatMatchNothingAreAnError) {
  Write("desk/.quoteaudit.json", "{\"sources\": [\"records/*.vtt\"]}");
  Write("desk/story.txt", kArticle);
  RunResult result = Run("verify desk/story.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("desk/.quoteaudit.json: /sources: no file"), std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace qa

namespace qa {
namespace {

// "the mayor" names nobody a transcript label could be compared with.
TEST_F(VerifyCliTest, AnUnnamedSpeakerIsNotComparedWithTheLabels) {
  Write("story.txt",
        "Fees to rise\n\nThe mayor spoke on Monday.\n\n"
        "\"The fees will double next spring,\" the mayor said.\n");
  Write("meeting.txt", "HALE: And I warn you: the fees will double next spring.\n");
  RunResult unnamed = Run("verify story.txt --source meeting.txt --no-summary");
  EXPECT_EQ(unnamed.out, "");
  // Named, the same words are Hale's, not hers.
  Write("named.txt",
        "Fees to rise\n\nThe mayor, Ines Marrow, spoke on Monday.\n\n"
        "\"The fees will double next spring,\" Marrow said.\n");
  RunResult named = Run("verify named.txt --source meeting.txt --no-summary");
  EXPECT_NE(named.out.find("[misattributed-quote]"), std::string::npos) << named.out;
}

}  // namespace
}  // namespace qa
