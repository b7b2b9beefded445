#include "report/file_report.h"

namespace qa {

void RunSummary::Add(const FileReport& file) {
  ++files;
  if (file.origin != nullptr) ++archive_inputs;
  if (file.document == nullptr) ++input_errors;
  if (file.scan != nullptr) {
    quotes += file.scan->quotes.size();
    for (const Quote& quote : file.scan->quotes) {
      if (quote.attribution.entity >= 0) ++attributed_quotes;
    }
  }
  suppressed += file.suppressed.size();
  for (const Finding& finding : file.findings) {
    switch (finding.severity) {
      case Severity::kError:
        ++errors;
        break;
      case Severity::kWarning:
        ++warnings;
        break;
      case Severity::kInfo:
        ++infos;
        break;
    }
  }
}

std::string_view RunSummary::InputNoun() const {
  bool articles = files > 0 && archive_inputs == files;
  if (articles) return files == 1 ? "article" : "articles";
  return files == 1 ? "file" : "files";
}

}  // namespace qa
