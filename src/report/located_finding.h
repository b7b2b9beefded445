// A finding with everything a report format prints about where it is: its
// source bytes, 1-based start and end line and column (columns in code
// points), the excerpt, and the same for each related location. The formats
// that name positions (sarif, github, gitlab, rdjsonl, checkstyle, junit,
// line, html) all read these, so they agree on every number.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/line_index.h"
#include "report/file_report.h"

namespace qa {

struct LocatedPlace {
  std::string path;          // the file the place is in
  Span bytes;                // source bytes of that file
  LineColumn start;          // of bytes.begin
  LineColumn end;            // of bytes.end: the position just past the place
  bool has_position = true;  // false: another file whose line is unknown
  // Another file's place has only the start line and column its check kept:
  // byte columns are 0 there, and `end` is `start`.
  std::string message;
};

struct LocatedFinding {
  const Finding* finding = nullptr;
  LocatedPlace place;   // the finding itself (message: empty)
  std::string excerpt;  // one line, valid UTF-8 (report/excerpt.h)
  std::vector<LocatedPlace> related;
};

// `lines` indexes file.document->original (which must be set).
LocatedFinding Locate(const FileReport& file, const LineIndex& lines, const Finding& finding);

// The lines the text format prints under a finding's position line: the
// excerpt, indented four spaces, then "path:line:col: note: message" for
// each related place (without line and column when they are unknown), each
// line after a '\n'. Empty when there is neither; without the excerpt when
// `with_excerpt` is false.
std::string ExcerptAndNotes(const LocatedFinding& located, bool with_excerpt = true);

}  // namespace qa
