// The `junit` format as GitLab and Jenkins read it: <testsuites> with one
// <testsuite>, a failed <testcase> per finding, a passing one per clean
// file, an <error> per unreadable input, names unique per file, counts that
// match the testcases.
#include <gtest/gtest.h>

#include <string>

#include "report_test_data.h"
#include "xml_testing.h"

namespace qa {
namespace {

// Prints the suite's counts, then the testcases' counts and each testcase.
constexpr const char* kDescribe =
    "s = root.find('testsuite')\n"
    "print(root.tag, s.get('name'), s.get('tests'), s.get('failures'), s.get('errors'))\n"
    "cases = s.findall('testcase')\n"
    "print(len(cases), len(s.findall('testcase/failure')), len(s.findall('testcase/error')))\n"
    "for c in cases:\n"
    "  outcome = c.find('failure') if c.find('failure') is not None else c.find('error')\n"
    "  print(c.get('classname'), '|', c.get('name'), '|', c.get('file'), '|',\n"
    "        'passed' if outcome is None else outcome.tag + ' ' + outcome.get('type') + ': ' +\n"
    "        outcome.get('message'))\n";

TEST(JunitReporterTest, ATestcasePerFindingCleanFileAndUnreadableInput) {
  testing::SampleRun run;
  std::string xml = testing::RunFormat("junit", run.files);
  std::string output;
  ASSERT_EQ(testing::WithParsedXml(xml, kDescribe, &output), 0) << xml << output;
  EXPECT_EQ(output,
            "testsuites quoteaudit 4 2 1\n"
            "4 2 1\n"
            "news/harbour.txt | vague-source at line 5, column 1 | news/harbour.txt | "
            "failure vague-source: vague source\n"
            "news/harbour.txt | unattributed-quote at line 5, column 23 | news/harbour.txt | "
            "failure unattributed-quote: quote has no source\n"
            "missing.txt | input | missing.txt | error input: no such file or directory\n"
            "news/clean.txt | no findings | news/clean.txt | passed\n");
}

TEST(JunitReporterTest, FailureTextIsTheTextFormatsFinding) {
  testing::SampleRun run;
  std::string xml = testing::RunFormat("junit", run.files);
  std::string output;
  ASSERT_EQ(testing::WithParsedXml(
                xml, "print(root.find('testsuite').findall('testcase')[1].find('failure').text)",
                &output),
            0)
      << output;
  EXPECT_EQ(output,
            "news/harbour.txt:5:23: error: quote has no source [unattributed-quote]\n"
            "    \"it is settled for good\"\n"
            "news/harbour.txt:3:34: note: nearest named person\n"
            "news/other.txt:7:3: note: same words\n");
}

TEST(JunitReporterTest, NamesStayUniqueWithinAFile) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<Finding> findings = {sample.findings[0], sample.findings[0]};
  std::vector<FileReport> files = {{"a.txt", &sample.document, &sample.scan, findings, {}}};
  std::string output;
  ASSERT_EQ(testing::WithParsedXml(testing::RunFormat("junit", files),
                                   "for c in root.iter('testcase'): print(c.get('name'))", &output),
            0);
  EXPECT_EQ(output, "vague-source at line 5, column 1\nvague-source at line 5, column 1 (2)\n");
}

TEST(JunitReporterTest, ACleanRunHasPassingTests) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<FileReport> files = {{"a.txt", &sample.document, &sample.scan, {}, {}}};
  std::string output;
  ASSERT_EQ(testing::WithParsedXml(testing::RunFormat("junit", files), kDescribe, &output), 0);
  EXPECT_EQ(output, "testsuites quoteaudit 1 0 0\n1 0 0\na.txt | no findings | a.txt | passed\n");
}

TEST(JunitReporterTest, MarkupAndControlBytesInMessagesStillParse) {
  testing::SampleFile sample = testing::MakeSample();
  std::vector<Finding> findings = {sample.findings[0]};
  findings[0].message = "<script>x</script> ]]> & \x02\x7f\xc3";
  std::vector<FileReport> files = {{"a,b:c.txt", &sample.document, &sample.scan, findings, {}}};
  std::string output;
  EXPECT_EQ(testing::WithParsedXml(testing::RunFormat("junit", files), kDescribe, &output), 0)
      << output;
}

}  // namespace
}  // namespace qa
