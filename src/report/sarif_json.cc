#include "report/sarif_json.h"

#include "report/excerpt.h"
#include "report/tool_info.h"

namespace qa {
namespace {

// GitHub cuts rule descriptions at 1024 characters; stay under that.
constexpr size_t kMaxDescription = 1000;

bool Unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

std::string PercentEncoded(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (Unreserved(byte) || byte == '/') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

std::string OneLine(std::string_view text, size_t max_code_points) {
  return Excerpt(text, {0, text.size()}, max_code_points);
}

std::string_view TrimmedLine(std::string_view line) {
  size_t begin = line.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return line.substr(begin, line.find_last_not_of(" \t\r") + 1 - begin);
}

}  // namespace

std::string_view SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "note";
}

std::string PathToUri(std::string_view path) {
  if (!path.empty() && path[0] == '/') return "file://" + PercentEncoded(path);
  while (path.starts_with("./")) {
    size_t next = path.find_first_not_of('/', 2);
    if (next == std::string_view::npos) break;
    path.remove_prefix(next);
  }
  return PercentEncoded(path);
}

SarifJson ArtifactLocation(std::string_view path) {
  SarifJson location = {{"uri", PathToUri(path)}};
  if (path.empty() || path[0] != '/') location["uriBaseId"] = "%SRCROOT%";
  return location;
}

SarifJson Region(const LocatedPlace& place, std::string_view source) {
  SarifJson region = SarifJson::object();
  if (place.has_position) {
    region["startLine"] = place.start.line;
    region["startColumn"] = place.start.column;
    // Another file's place is a start only (located_finding.h).
    if (place.end.byte_column > 0) {
      region["endLine"] = place.end.line;
      region["endColumn"] = place.end.column;
    }
  }
  region["byteOffset"] = place.bytes.begin;
  region["byteLength"] = place.bytes.size();
  if (!source.empty() && place.bytes.size() <= kMaxSnippetBytes &&
      place.bytes.end <= source.size()) {
    region["snippet"] = {{"text", source.substr(place.bytes.begin, place.bytes.size())}};
  }
  return region;
}

std::string FirstParagraph(std::string_view markdown) {
  std::string paragraph;
  size_t start = 0;
  while (start < markdown.size()) {
    size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    std::string_view line = TrimmedLine(markdown.substr(start, end - start));
    start = end + 1;
    bool skipped = line.starts_with("#") || line.starts_with("**Severity:**");
    if (line.empty() || skipped) {
      if (!paragraph.empty()) break;
      continue;
    }
    if (!paragraph.empty()) paragraph += ' ';
    paragraph.append(line);
  }
  return paragraph;
}

SarifJson RuleDescriptor(const RuleDescription& rule) {
  std::string summary = OneLine(rule.summary.empty() ? rule.id : rule.summary, kMaxDescription);
  std::string full = OneLine(FirstParagraph(rule.help_markdown), kMaxDescription);
  SarifJson descriptor = {
      {"id", rule.id},
      {"name", rule.id},
      {"shortDescription", {{"text", summary}}},
      {"fullDescription", {{"text", full.empty() ? summary : full}}},
  };
  if (rule.help_markdown.empty()) {
    descriptor["help"] = {{"text", summary}};
  } else {
    descriptor["help"] = {{"text", rule.help_markdown}, {"markdown", rule.help_markdown}};
  }
  descriptor["helpUri"] = RuleDocUrl(rule.id);
  SarifJson configuration = {{"level", SarifLevel(rule.severity)}};
  if (!rule.enabled) configuration["enabled"] = false;
  descriptor["defaultConfiguration"] = std::move(configuration);
  return descriptor;
}

}  // namespace qa
