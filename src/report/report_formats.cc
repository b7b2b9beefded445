#include "report/report_formats.h"

#include "report/checkstyle_reporter.h"
#include "report/github_reporter.h"
#include "report/gitlab_reporter.h"
#include "report/html_reporter.h"
#include "report/json_reporter.h"
#include "report/jsonl_reporter.h"
#include "report/junit_reporter.h"
#include "report/line_reporter.h"
#include "report/quote_table_reporter.h"
#include "report/rdjsonl_reporter.h"
#include "report/sarif_reporter.h"
#include "report/text_reporter.h"

namespace qa {
namespace {

template <typename T>
std::unique_ptr<Reporter> Make(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<T>(out, options);
}

}  // namespace

const std::vector<ReportFormat>& ReportFormats() {
  static const std::vector<ReportFormat> formats = {
      {"text", "one line per finding (path:line:col: severity: message [rule]) and an excerpt",
       &Make<TextReporter>},
      {"json", "quotes, speakers and findings of every file as one JSON document",
       &Make<JsonReporter>},
      {"jsonl",
       "one JSON object per line for each article (as json's files), written as each is done",
       &Make<JsonlReporter>},
      {"html", "one self-contained page: each article with quotes and findings marked in place",
       &Make<HtmlReporter>},
      {"table", "an aligned table of quotes and their speakers, grouped by file",
       &Make<QuoteTableReporter>},
      {"line", "one line per finding (path:line:col: severity: message [rule]), nothing else",
       &Make<LineReporter>},
      {"sarif", "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers",
       &Make<SarifReporter>},
      {"github", "GitHub Actions workflow commands: annotations on the pull request",
       &Make<GithubReporter>},
      {"gitlab", "GitLab Code Quality report (artifacts:reports:codequality)",
       &Make<GitlabReporter>},
      {"rdjsonl", "reviewdog diagnostics, one JSON object per line (reviewdog -f=rdjsonl)",
       &Make<RdjsonlReporter>},
      {"checkstyle", "Checkstyle XML, for Jenkins, reviewdog and other checkstyle readers",
       &Make<CheckstyleReporter>},
      {"junit", "JUnit XML: one failed test per finding, for GitLab and Jenkins test reports",
       &Make<JunitReporter>},
  };
  return formats;
}

const ReportFormat* FindReportFormat(std::string_view name) {
  for (const ReportFormat& format : ReportFormats()) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

}  // namespace qa
