// Keeps what a --diff-base run reports about one file: the findings, the
// suppressed findings and the input problems that touch a line changed since
// the base (cli/diff_base.h). docs/pull-requests.md#--diff-base.
#pragma once

#include "cli/auditor.h"
#include "cli/diff_base.h"
#include "core/line_index.h"

namespace qa {

// Whether `finding` of `document` touches a changed line: the source lines
// of its span, from its first line to its last, or those of one of its
// related locations (in this file, or another file's first line, by path)
// meet a changed line. `changes` are those of the document's own file.
bool TouchesChange(const Document& document, const LineIndex& lines, const FileChanges& changes,
                   const DiffBase& diff, const Finding& finding);

// Drops from `audited` (which must hold a document) every finding,
// suppressed finding and input problem that touches no changed line.
void KeepChanged(const DiffBase& diff, const FileChanges& changes, AuditedFile* audited);

}  // namespace qa
