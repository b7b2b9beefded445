#include "cli/diff_filter.h"

#include <algorithm>

namespace qa {
namespace {

// The lines a span of source bytes covers, first to last (an empty span:
// the line it is on).
LineRange SourceLines(const LineIndex& lines, Span source) {
  size_t first = lines.At(source.begin).line;
  size_t last = source.end > source.begin ? lines.At(source.end - 1).line : first;
  return {first, std::max(first, last)};
}

}  // namespace

bool TouchesChange(const Document& document, const LineIndex& lines, const FileChanges& changes,
                   const DiffBase& diff, const Finding& finding) {
  LineRange own = SourceLines(lines, document.ToSource(finding.span));
  if (changes.Touches(own.first, own.last)) return true;
  for (const RelatedLocation& related : finding.related) {
    if (related.path.empty()) {
      LineRange place = SourceLines(lines, document.ToSource(related.span));
      if (changes.Touches(place.first, place.last)) return true;
    } else if (related.line > 0) {
      // Another file's place keeps only its start line (core/finding.h).
      const FileChanges* other = diff.For(related.path);
      if (other != nullptr && other->Touches(related.line, related.line)) return true;
    }
  }
  return false;
}

void KeepChanged(const DiffBase& diff, const FileChanges& changes, AuditedFile* audited) {
  const Document& document = *audited->document;
  LineIndex lines(document.original());
  std::erase_if(audited->findings, [&](const Finding& finding) {
    return !TouchesChange(document, lines, changes, diff, finding);
  });
  std::erase_if(audited->suppressed, [&](const SuppressedFinding& item) {
    return !TouchesChange(document, lines, changes, diff, item.finding);
  });
  // Problems (bytes that were ignored) are at a source offset.
  std::erase_if(audited->problems, [&](const InputProblem& problem) {
    size_t line = lines.At(std::min(problem.offset, document.original().size())).line;
    return !changes.Touches(line, line);
  });
}

}  // namespace qa
