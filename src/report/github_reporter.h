// The `github` format: GitHub Actions workflow commands, one per finding,
// which the runner turns into annotations on the pull request's files:
//
//   ::error
//   file=news/harbour.txt,line=7,col=1,endLine=7,endColumn=54,title=unattributed-quote::quote has
//   no source%0A"This is a disgrace..."
//
// Severity error, warning and info become ::error, ::warning and ::notice.
// GitHub keeps only the first few annotations of each kind per step
// (kAnnotationsPerKind); later findings of that kind are printed as plain
// compiler-style lines, so the log still holds every finding, and one
// ::notice line at the end says how many were not annotated. Escaping
// follows GitHub's toolkit (see GithubData, GithubProperty).
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "report/reporter.h"

namespace qa {

class GithubReporter : public Reporter {
 public:
  // GitHub shows 10 error and 10 warning annotations per step (and as many
  // notices); one notice is kept back for the line that says how many
  // findings were not annotated.
  static constexpr size_t kAnnotationsPerKind = 10;

  GithubReporter(std::ostream& out, const ReportOptions& options);
  void AddFile(const FileReport& file) override;
  void Finish(const RunSummary& summary) override;

 private:
  enum Kind { kError = 0, kWarning = 1, kNotice = 2 };
  // Prints the command, or the plain `fallback` line once the kind's
  // annotations are used up.
  void Emit(Kind kind, const std::string& properties, std::string_view message,
            const std::string& fallback);

  std::ostream& out_;
  size_t annotated_[3] = {0, 0, 0};
  size_t not_annotated_ = 0;
};

// A command's message (data): %, CR and LF escaped as %25, %0D and %0A.
std::string GithubData(std::string_view text);
// A property value: as GithubData, plus : and , as %3A and %2C.
std::string GithubProperty(std::string_view text);

}  // namespace qa
