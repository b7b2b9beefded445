// The `checkstyle` format: Checkstyle's XML report, which Jenkins (Warnings
// Next Generation), reviewdog (-f=checkstyle), cs2pr and many CI dashboards
// read:
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <checkstyle version="4.3">
//   <file name="news/harbour.txt">
//   <error line="7" column="1" severity="error" message="quote has no source"
//          source="quoteaudit.unattributed-quote"/>
//   </file>
//   </checkstyle>
//
// One <file> per input, written as soon as it is audited (a clean file has
// an empty element). Severities are error, warning and info; columns count
// code points. Input problems are <error> elements with source
// "quoteaudit.input". Every string is XML-escaped (report/xml_escape.h), so
// any article gives a well-formed document.
#pragma once

#include <ostream>

#include "report/reporter.h"

namespace qa {

class CheckstyleReporter : public Reporter {
 public:
  CheckstyleReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;

 private:
  void Start();

  std::ostream& out_;
  bool started_ = false;
};

}  // namespace qa
