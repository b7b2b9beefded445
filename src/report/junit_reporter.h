// The `junit` format: JUnit XML as GitLab (artifacts:reports:junit) and
// Jenkins (the JUnit plugin) read it, so findings show up as failed tests in
// merge requests and build pages:
//
//   <testsuites name="quoteaudit" tests="3" failures="1" errors="1">
//   <testsuite name="quoteaudit" tests="3" failures="1" errors="1" skipped="0" time="0">
//   <testcase classname="news/harbour.txt" name="unattributed-quote at line 7, column 1" ...>
//   <failure type="unattributed-quote" message="quote has no source">...</failure>
//   </testcase>
//   <testcase classname="news/clean.txt" name="no findings" .../>
//   <testcase classname="missing.txt" name="input" ...><error type="input" ...>...</error>
//   ...
//
// One failed testcase per finding (whatever its severity: the findings
// shown are the ones --min-level asks for), one passing testcase per file
// without findings, one <error> testcase per input that could not be read.
// Test names are unique within a file, as GitLab keeps only the first of a
// name. The suite's counts open the document, so the testcases (short XML
// strings, never documents) are kept until the end of the run.
#pragma once

#include <cstddef>
#include <map>
#include <ostream>
#include <string>

#include "report/reporter.h"

namespace qa {

class JunitReporter : public Reporter {
 public:
  JunitReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;

 private:
  // Appends one <testcase>; `outcome` is its <failure> or <error> element or
  // empty (passed), `output` its <system-out> text or empty.
  void AddTestcase(std::string_view path, const std::string& name, const std::string& outcome,
                   const std::string& output, std::map<std::string, size_t>* names_used);

  std::ostream& out_;
  std::string testcases_;
  size_t tests_ = 0;
  size_t failures_ = 0;
  size_t errors_ = 0;
};

}  // namespace qa
