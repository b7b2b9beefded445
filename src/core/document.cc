#include "core/document.h"

#include <algorithm>

namespace qa {
namespace {

// The run holding analysis byte `offset`: the last run starting at or before
// it. Runs cover `text` in order.
const SourceRun& RunAt(const std::vector<SourceRun>& runs, size_t offset) {
  auto it = std::upper_bound(runs.begin(), runs.end(), offset,
                             [](size_t pos, const SourceRun& run) { return pos < run.text; });
  return it == runs.begin() ? runs.front() : *(it - 1);
}

}  // namespace

size_t Document::SourceOffset(size_t offset) const {
  if (source_runs.empty()) return offset;
  const SourceRun& run = RunAt(source_runs, offset);
  if (offset >= run.text + run.text_size) return run.source + run.source_size;
  return run.verbatim() ? run.source + (offset - run.text) : run.source;
}

Span Document::ToSource(Span span) const {
  if (source_runs.empty()) return span;
  size_t begin = SourceOffset(span.begin);
  if (span.empty()) return {begin, begin};
  // The end is where the span's last byte ends in the source.
  const SourceRun& last = RunAt(source_runs, span.end - 1);
  size_t end =
      last.verbatim() ? last.source + (span.end - last.text) : last.source + last.source_size;
  return {begin, std::max(begin, end)};
}

}  // namespace qa
