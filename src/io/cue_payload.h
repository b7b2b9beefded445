// What WebVTT and SRT cues share: the text lines of a cue, copied into the
// analysis text without their markup (<i>, <b>, <c.class>, {\an8}), so a
// subtitle file reads as the transcript it is. Timestamps and cue numbers are
// never copied. A WebVTT voice tag (<v Eva Vold>) becomes a speaker label
// ("Eva Vold: ") standing for the tag's bytes, as a transcript writes it.
#pragma once

#include <cstddef>
#include <string_view>

#include "io/document_builder.h"

namespace qa {

// One line of a file: [begin, end) without its line break.
struct FileLine {
  size_t begin = 0;
  size_t end = 0;
};

// The next line of `bytes` from `*at` (its CR dropped); advances `*at` past
// the line break. False at the end.
bool NextLine(std::string_view bytes, size_t* at, FileLine* line);

// Whether a line is empty or only spaces.
bool IsBlankLine(std::string_view bytes, FileLine line);

// Whether a line is a cue timing line ("00:00:01.000 --> 00:00:04.000").
bool IsTimingLine(std::string_view bytes, FileLine line);

// Copies a cue's text line into `builder`, tags left out, a line break after
// it standing for the source line break.
void CopyCueLine(std::string_view bytes, FileLine line, DocumentBuilder* builder);

}  // namespace qa
