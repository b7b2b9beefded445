// An editorial finding: what an editor must look at, where, and why.
#pragma once

#include <string>
#include <vector>

#include "core/severity.h"
#include "core/span.h"

namespace qa {

// Another place that explains a finding: the first copy of a duplicated
// paragraph, the other attribution of a conflicting quote. `path` is empty
// when the place is in the same document.
struct RelatedLocation {
  std::string path;  // empty: the finding's own document
  // In the finding's own document, a span of its analysis text, as every
  // finding span is; in another file (path set), that file's source bytes.
  Span span;
  std::string message;
  // Filled by cross-document checks, which cannot keep the other document's
  // bytes; 0 means "compute from the document when reporting".
  size_t line = 0;
  size_t column = 0;
};

struct Finding {
  std::string rule;  // rule id, e.g. "unattributed-quote"
  Severity severity = Severity::kWarning;
  std::string message;
  Span span;  // byte range in the document's original bytes
  std::vector<RelatedLocation> related;
  // A content hash that survives edits elsewhere in the file
  // (core/finding_fingerprint.h); filled by the auditor after the checks.
  std::string fingerprint;
};

// A finding an inline directive in the article silenced
// (docs/input-formats.md#inline-suppression). Kept so that it is counted and can
// be listed (--show-suppressed), never silently lost.
struct SuppressedFinding {
  Finding finding;
  Span directive;  // the directive's comment, in the source bytes
};

}  // namespace qa
