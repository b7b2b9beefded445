#include "io/front_matter_block.h"

namespace qa {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The end of the line starting at `begin`, before its "\n" or "\r\n".
size_t LineEnd(std::string_view bytes, size_t begin) {
  size_t end = bytes.find('\n', begin);
  if (end == std::string_view::npos) end = bytes.size();
  if (end > begin && bytes[end - 1] == '\r') --end;
  return end;
}

// Past the line end at `at` ("\n", "\r\n" or the end of the bytes).
size_t PastLineEnd(std::string_view bytes, size_t at) {
  if (at < bytes.size() && bytes[at] == '\r') ++at;
  if (at < bytes.size() && bytes[at] == '\n') ++at;
  return at;
}

// A delimiter line: the marker, then only spaces or tabs.
bool IsDelimiterLine(std::string_view line, std::string_view marker) {
  if (line.substr(0, marker.size()) != marker) return false;
  return line.find_first_not_of(" \t", marker.size()) == std::string_view::npos;
}

FrontMatterBlock FindDelimited(std::string_view bytes, size_t start, FrontMatterBlock::Kind kind,
                               std::string_view open, std::string_view close_a,
                               std::string_view close_b) {
  size_t first_end = LineEnd(bytes, start);
  if (!IsDelimiterLine(bytes.substr(start, first_end - start), open)) return {};
  size_t content_begin = PastLineEnd(bytes, first_end);
  if (content_begin == first_end) return {};  // "---" and nothing after it
  for (size_t line = content_begin; line < bytes.size();) {
    size_t line_end = LineEnd(bytes, line);
    std::string_view text = bytes.substr(line, line_end - line);
    if (IsDelimiterLine(text, close_a) || (!close_b.empty() && IsDelimiterLine(text, close_b))) {
      FrontMatterBlock block;
      block.kind = kind;
      block.begin = start;
      block.end = PastLineEnd(bytes, line_end);
      block.content_begin = content_begin;
      block.content_end = line;
      return block;
    }
    size_t next = PastLineEnd(bytes, line_end);
    if (next == line_end) break;  // the last line, with no line end
    line = next;
  }
  return {};
}

FrontMatterBlock FindJson(std::string_view bytes, size_t start) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = start; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth > 0) continue;
      if (depth < 0 || c != '}') return {};
      size_t after = i + 1;
      while (after < bytes.size() && (bytes[after] == ' ' || bytes[after] == '\t')) ++after;
      size_t end = PastLineEnd(bytes, after);
      // Followed by a line end (or the end of the file).
      if (end == after && after != bytes.size()) return {};
      FrontMatterBlock block;
      block.kind = FrontMatterBlock::Kind::kJson;
      block.begin = start;
      block.end = end;
      block.content_begin = start;
      block.content_end = i + 1;
      return block;
    }
  }
  return {};
}

}  // namespace

FrontMatterBlock FindFrontMatter(std::string_view bytes) {
  size_t start = bytes.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  if (start >= bytes.size()) return {};
  switch (bytes[start]) {
    case '-':
      return FindDelimited(bytes, start, FrontMatterBlock::Kind::kYaml, "---", "---", "...");
    case '+':
      return FindDelimited(bytes, start, FrontMatterBlock::Kind::kToml, "+++", "+++", "");
    case '{':
      return FindJson(bytes, start);
    default:
      return {};
  }
}

}  // namespace qa
