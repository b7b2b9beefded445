// One file's section of the html report: its counts, its marked-up text
// (report/html_article.h), a legend of its speakers, its findings (each
// linking to its place in the text), input warnings, and its quotes with
// their attribution. A file that could not be audited gets a section
// saying why.
#pragma once

#include <cstddef>
#include <ostream>

#include "report/file_report.h"
#include "report/reporter.h"

namespace qa {

// `file_number` (1-based, in run order) makes the section's ids unique in
// the page: "file-<n>", and the article's "q<n>-<quote>", "f<n>-<finding>".
void WriteHtmlFileSection(const FileReport& file, size_t file_number, const ReportOptions& options,
                          std::ostream& out);

// "file-<n>": the id of file n's section.
std::string HtmlFileId(size_t file_number);

}  // namespace qa
