#include "report/located_finding.h"

#include "report/excerpt.h"

namespace qa {

LocatedFinding Locate(const FileReport& file, const LineIndex& lines, const Finding& finding) {
  const Document& document = *file.document;
  LocatedFinding located;
  located.finding = &finding;
  located.place.path = std::string(file.path);
  located.place.bytes = document.ToSource(finding.span);
  located.place.start = lines.At(located.place.bytes.begin);
  located.place.end = lines.At(located.place.bytes.end);
  located.excerpt = Excerpt(document.original(), located.place.bytes);
  for (const RelatedLocation& related : finding.related) {
    LocatedPlace place;
    place.message = related.message;
    if (related.path.empty()) {
      place.path = std::string(file.path);
      place.bytes = document.ToSource(related.span);
      place.start = lines.At(place.bytes.begin);
      place.end = lines.At(place.bytes.end);
    } else {
      // Another file's span is already in its source bytes (finding.h); its
      // end line is not kept, so the place is its start.
      place.path = related.path;
      place.bytes = related.span;
      place.has_position = related.line > 0;
      place.start = {related.line > 0 ? related.line : 1, related.column > 0 ? related.column : 1};
      place.end = place.start;
    }
    located.related.push_back(std::move(place));
  }
  return located;
}

std::string ExcerptAndNotes(const LocatedFinding& located, bool with_excerpt) {
  std::string lines;
  if (with_excerpt && !located.excerpt.empty()) lines += "\n    " + located.excerpt;
  for (const LocatedPlace& related : located.related) {
    lines += '\n' + related.path;
    if (related.has_position) {
      lines +=
          ':' + std::to_string(related.start.line) + ':' + std::to_string(related.start.column);
    }
    lines += ": note: " + related.message;
  }
  return lines;
}

}  // namespace qa
