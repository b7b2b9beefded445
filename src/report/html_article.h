// The article text of the html report: the file's source bytes, escaped,
// with every quote highlighted in its speaker's colour, every finding
// underlined by severity, and the mention and cue that tied each quote to
// its speaker marked. Overlapping ranges are split at every boundary
// (report/marked_segments.h), so each piece is one flat <span>:
//
//   <span class="q s0 f f-error" data-quote="2" data-finding="1" title="...">
//
// data-quote and data-finding hold the 1-based numbers (space-separated when
// several overlap) of the quotes and findings a piece lies in; the first
// piece of each is preceded by an empty <span class="anchor" id="q3-2">
// (file 3, quote 2; "f3-1" for finding 1) for the lists to link to. An empty
// range is one <span class="point ..."> carrying the id itself.
#pragma once

#include <cstddef>
#include <ostream>
#include <vector>

#include "report/file_report.h"

namespace qa {

// The id of a quote's or finding's anchor: "q<file>-<number>", "f<file>-<number>".
std::string HtmlQuoteId(size_t file_number, size_t quote_number);
std::string HtmlFindingId(size_t file_number, size_t finding_number);

// Writes the <div class="article"> of an audited file (file.document and
// file.scan set). `colour_slots` is SpeakerColourSlots(*file.scan). Linear
// in the text and streamed: a 50 MB line is written in 64 KB pieces.
void WriteHtmlArticle(const FileReport& file, size_t file_number,
                      const std::vector<int>& colour_slots, std::ostream& out);

}  // namespace qa
