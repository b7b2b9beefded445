#include "io/cue_payload.h"

#include "core/text.h"

namespace qa {

bool NextLine(std::string_view bytes, size_t* at, FileLine* line) {
  if (*at >= bytes.size()) return false;
  size_t end = bytes.find('\n', *at);
  size_t next = end == std::string_view::npos ? bytes.size() : end + 1;
  if (end == std::string_view::npos) end = bytes.size();
  line->begin = *at;
  line->end = end > *at && bytes[end - 1] == '\r' ? end - 1 : end;
  *at = next;
  return true;
}

bool IsBlankLine(std::string_view bytes, FileLine line) {
  for (size_t i = line.begin; i < line.end; ++i) {
    if (!IsAsciiSpace(bytes[i])) return false;
  }
  return true;
}

bool IsTimingLine(std::string_view bytes, FileLine line) {
  return bytes.substr(line.begin, line.end - line.begin).find("-->") != std::string_view::npos;
}

namespace {

// The speaker of a voice tag's body ("v.loud Eva Vold" -> "Eva Vold"), or
// empty when the tag is not a voice tag.
std::string_view VoiceName(std::string_view tag) {
  if (tag.empty() || tag[0] != 'v' || (tag.size() > 1 && tag[1] != ' ' && tag[1] != '.')) {
    return {};
  }
  size_t space = tag.find(' ');
  if (space == std::string_view::npos) return {};
  std::string_view name = tag.substr(space + 1);
  while (!name.empty() && IsAsciiSpace(name.back())) name.remove_suffix(1);
  while (!name.empty() && IsAsciiSpace(name.front())) name.remove_prefix(1);
  return name;
}

}  // namespace

void CopyCueLine(std::string_view bytes, FileLine line, DocumentBuilder* builder) {
  size_t copied = line.begin;
  size_t i = line.begin;
  while (i < line.end) {
    char c = bytes[i];
    size_t close = std::string_view::npos;
    if (c == '<') close = bytes.find('>', i);
    if (c == '{' && i + 1 < line.end && bytes[i + 1] == '\\') close = bytes.find('}', i);
    if (close == std::string_view::npos || close >= line.end) {
      ++i;
      continue;
    }
    builder->Copy(copied, i);
    std::string_view name = c == '<' ? VoiceName(bytes.substr(i + 1, close - i - 1)) : "";
    if (!name.empty()) {
      std::string label(name);
      label += ": ";
      builder->Decoded(label, i, close + 1);
    }
    i = close + 1;
    copied = i;
  }
  builder->Copy(copied, line.end);
  // The line break itself, so a speaker label on the next line starts a line.
  builder->Decoded("\n", line.end, line.end);
}

}  // namespace qa
