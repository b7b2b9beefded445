#include "io/subtitle_reader.h"

#include "io/cue_payload.h"
#include "io/document_builder.h"
#include "io/text_cleaner.h"

namespace qa {
namespace {

bool StartsWith(std::string_view bytes, FileLine line, std::string_view prefix) {
  return bytes.substr(line.begin, line.end - line.begin).starts_with(prefix);
}

// Both formats are blocks separated by blank lines; a cue block has a timing
// line among its first two lines, and its text follows it.
LoadResult LoadCues(std::string path, std::string bytes, bool webvtt) {
  LoadResult result;
  if (std::optional<InputProblem> binary = DetectBinary(bytes)) {
    result.error = InputError{std::move(path), std::move(binary->message), binary->offset};
    return result;
  }
  DocumentBuilder builder(std::move(path), std::move(bytes));
  std::string_view text = builder.original();
  size_t at = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  FileLine line;
  size_t index_in_block = 0;  // lines seen in the current block
  bool in_text = false;       // after the timing line of a cue
  bool skipping = false;      // a header, NOTE, STYLE or REGION block, or no cue
  while (NextLine(text, &at, &line)) {
    if (IsBlankLine(text, line)) {
      if (in_text) builder.EndBlock();
      index_in_block = 0;
      in_text = false;
      skipping = false;
      continue;
    }
    ++index_in_block;
    if (in_text) {
      CopyCueLine(text, line, &builder);
      continue;
    }
    if (skipping) continue;
    if (IsTimingLine(text, line)) {
      in_text = index_in_block <= 2;
      skipping = !in_text;
      continue;
    }
    if (webvtt && index_in_block == 1 &&
        (StartsWith(text, line, "WEBVTT") || StartsWith(text, line, "NOTE") ||
         StartsWith(text, line, "STYLE") || StartsWith(text, line, "REGION"))) {
      skipping = true;
      continue;
    }
    // A cue identifier (WebVTT) or number (SRT) before the timing line;
    // anything else outside a cue is not subtitle text.
    if (index_in_block > 1) skipping = true;
  }
  if (in_text) builder.EndBlock();
  result.document = std::move(builder).Finish();
  return result;
}

}  // namespace

LoadResult LoadWebVtt(std::string path, std::string bytes) {
  return LoadCues(std::move(path), std::move(bytes), /*webvtt=*/true);
}

LoadResult LoadSrt(std::string path, std::string bytes) {
  return LoadCues(std::move(path), std::move(bytes), /*webvtt=*/false);
}

}  // namespace qa
