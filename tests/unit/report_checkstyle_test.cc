// The `checkstyle` format: Checkstyle's XML report (<checkstyle version>,
// one <file name> per input, <error line column severity message source>),
// well-formed whatever the article holds.
#include <gtest/gtest.h>

#include <string>

#include "report_test_data.h"
#include "xml_testing.h"

namespace qa {
namespace {

TEST(CheckstyleReporterTest, OneFileElementPerInput) {
  testing::SampleRun run;
  EXPECT_EQ(testing::RunFormat("checkstyle", run.files),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<checkstyle version=\"4.3\">\n"
            "<file name=\"news/harbour.txt\">\n"
            "<error line=\"5\" column=\"1\" severity=\"warning\" message=\"vague source\" "
            "source=\"quoteaudit.vague-source\"/>\n"
            "<error line=\"5\" column=\"23\" severity=\"error\" message=\"quote has no source\" "
            "source=\"quoteaudit.unattributed-quote\"/>\n"
            "</file>\n"
            "<file name=\"missing.txt\">\n"
            "<error line=\"1\" severity=\"error\" message=\"no such file or directory\" "
            "source=\"quoteaudit.input\"/>\n"
            "</file>\n"
            "<file name=\"news/clean.txt\">\n"
            "</file>\n"
            "</checkstyle>\n");
}

TEST(CheckstyleReporterTest, MarkupControlBytesAndBadUtf8StillParse) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<Finding> findings = {sample.findings[0]};
  findings[0].message = "odd <script>alert(\"x\")</script> & \x01\x1b\xff\n\"end\"";
  std::vector<FileReport> files = {
      {"news/<a> & \"b\".txt", &sample.document, &sample.scan, findings, {}}};
  std::string xml = testing::RunFormat("checkstyle", files);
  std::string output;
  EXPECT_EQ(
      testing::WithParsedXml(xml,
                             "e = root.find('file/error')\nprint(root.find('file').get('name'))\n"
                             "print(repr(e.get('message')))",
                             &output),
      0)
      << xml << "\n"
      << output;
  EXPECT_EQ(
      output,
      "news/<a> & \"b\".txt\n"
      "'odd <script>alert(\"x\")</script> & \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\\n\"end\"'\n");
}

TEST(CheckstyleReporterTest, EmptyRunIsAnEmptyDocument) {
  EXPECT_EQ(testing::RunFormat("checkstyle", {}),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
            "</checkstyle>\n");
}

}  // namespace
}  // namespace qa
