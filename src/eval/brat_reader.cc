#include "eval/brat_reader.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>

#include "core/text.h"
#include "eval/code_point_index.h"

namespace qa {
namespace {

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) {
      parts.push_back(text.substr(start));
      return parts;
    }
    parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

std::optional<size_t> ParseNumber(std::string_view text) {
  size_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::string Shorten(std::string_view text) {
  constexpr size_t kMax = 60;
  if (text.size() <= kMax) return std::string(text);
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

// Roles may carry a number when repeated ("Content2"); the base name decides.
std::string_view BaseRole(std::string_view role) {
  while (!role.empty() && role.back() >= '0' && role.back() <= '9') role.remove_suffix(1);
  return role;
}

// A text-bound annotation ("T" line); segments are in file order, possibly
// discontinuous.
struct BratTextBound {
  std::string id;
  std::string label;
  std::vector<Span> segments;  // byte spans into the article
  std::string text;            // as written in the .ann file
  size_t line = 0;             // 1-based line in the .ann file
};

struct PendingEvent {
  std::string_view line_text;
  size_t line = 0;
};

class Reader {
 public:
  Reader(std::string_view path, std::string_view article, std::vector<EvalError>* errors)
      : path_(path), article_(article), code_points_(article), errors_(errors) {}

  BratAnnotations Read(std::string_view ann_text) {
    std::vector<PendingEvent> events;
    size_t line_number = 0;
    for (std::string_view line : Split(ann_text, '\n')) {
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (CollapseSpaces(line).empty()) continue;
      switch (line.front()) {
        case 'T':
          ReadTextBound(line, line_number);
          break;
        case 'E':
          events.push_back({line, line_number});  // after all T lines: may refer forward
          break;
        case '#':  // annotator notes
        case 'A':  // attributes
        case 'M':
        case 'R':  // relations
        case 'N':  // normalisations
        case '*':  // equivalences
          break;
        default:
          Error(line_number, "unrecognised annotation line (expected T, E, A, R, N or #)");
      }
    }
    BratAnnotations result;
    for (const auto& [id, bound] : bounds_) {
      if (bound.label == "Discard") {
        result.discarded.insert(result.discarded.end(), bound.segments.begin(),
                                bound.segments.end());
      }
    }
    std::sort(result.discarded.begin(), result.discarded.end(),
              [](Span a, Span b) { return a.begin < b.begin; });
    for (const PendingEvent& event : events) {
      std::optional<BratAttribution> attribution = ReadEvent(event.line_text, event.line);
      if (attribution) result.attributions.push_back(std::move(*attribution));
    }
    return result;
  }

 private:
  void Error(size_t line, std::string message) {
    errors_->push_back({std::string(path_), line, std::move(message)});
  }

  void ReadTextBound(std::string_view line, size_t line_number) {
    std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() != 3) {
      Error(line_number, "malformed text-bound: expected ID<TAB>Label start end<TAB>text");
      return;
    }
    BratTextBound bound;
    bound.id = std::string(fields[0]);
    bound.line = line_number;
    bound.text = std::string(fields[2]);
    size_t space = fields[1].find(' ');
    if (space == std::string_view::npos || space == 0) {
      Error(line_number, "malformed text-bound " + bound.id + ": expected 'Label start end'");
      return;
    }
    bound.label = std::string(fields[1].substr(0, space));
    std::string joined;
    for (std::string_view segment : Split(fields[1].substr(space + 1), ';')) {
      std::optional<Span> span = ReadSegment(segment, bound.id, line_number);
      if (!span) return;
      if (!bound.segments.empty()) joined += ' ';
      joined += article_.substr(span->begin, span->size());
      bound.segments.push_back(*span);
    }
    if (CollapseSpaces(joined) != CollapseSpaces(bound.text)) {
      Error(line_number, bound.id + ": text \"" + Shorten(bound.text) +
                             "\" does not match the article there (\"" + Shorten(joined) +
                             "\"); are the offsets code points into this .txt?");
      return;
    }
    if (bounds_.contains(bound.id)) {
      Error(line_number, "duplicate annotation id " + bound.id);
      return;
    }
    bounds_.emplace(bound.id, std::move(bound));
  }

  std::optional<Span> ReadSegment(std::string_view segment, const std::string& id,
                                  size_t line_number) {
    std::vector<std::string_view> numbers = Split(segment, ' ');
    std::optional<size_t> start = numbers.size() == 2 ? ParseNumber(numbers[0]) : std::nullopt;
    std::optional<size_t> end = numbers.size() == 2 ? ParseNumber(numbers[1]) : std::nullopt;
    if (!start || !end || *start > *end) {
      Error(line_number, "malformed offsets \"" + std::string(segment) + "\" in " + id +
                             ": expected 'start end' with start <= end");
      return std::nullopt;
    }
    std::optional<size_t> begin_byte = code_points_.ByteOffset(*start);
    std::optional<size_t> end_byte = code_points_.ByteOffset(*end);
    if (!begin_byte || !end_byte) {
      Error(line_number, id + ": offset " + std::to_string(*end) +
                             " is past the end of the article (" +
                             std::to_string(code_points_.size()) + " code points)");
      return std::nullopt;
    }
    return Span{*begin_byte, *end_byte};
  }

  std::optional<BratAttribution> ReadEvent(std::string_view line, size_t line_number) {
    std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() != 2) {
      Error(line_number, "malformed event: expected ID<TAB>Type:T1 Role:T2 ...");
      return std::nullopt;
    }
    BratAttribution attribution;
    attribution.id = std::string(fields[0]);
    attribution.line = line_number;
    bool first = true;
    for (std::string_view argument : Split(fields[1], ' ')) {
      if (argument.empty()) continue;  // doubled or trailing spaces
      size_t colon = argument.find(':');
      if (colon == std::string_view::npos || colon == 0 || colon + 1 == argument.size()) {
        Error(line_number, "malformed event argument \"" + std::string(argument) + "\" in " +
                               attribution.id + ": expected Role:ID");
        return std::nullopt;
      }
      std::string_view role = argument.substr(0, colon);
      std::string target(argument.substr(colon + 1));
      if (first) {
        first = false;
        if (role != "Attribution" && role != "Attribution-no-source") {
          Error(line_number, "unknown event type \"" + std::string(role) + "\" in " +
                                 attribution.id +
                                 ": expected Attribution or Attribution-no-source");
          return std::nullopt;
        }
      }
      auto found = bounds_.find(target);
      if (found == bounds_.end()) {
        Error(line_number, attribution.id + " refers to " + target +
                               ", which is not a valid text-bound annotation");
        return std::nullopt;
      }
      const BratTextBound& bound = found->second;
      std::string_view base = BaseRole(role);
      std::vector<Span>* spans = nullptr;
      if (base == "Source") {
        spans = &attribution.source;
        if (!attribution.source_text.empty()) attribution.source_text += ' ';
        attribution.source_text += bound.text;
      } else if (base == "Cue") {
        spans = &attribution.cue;
      } else if (base == "Content") {
        spans = &attribution.content;
      }
      if (spans != nullptr)
        spans->insert(spans->end(), bound.segments.begin(), bound.segments.end());
    }
    if (first) {
      Error(line_number, "event " + attribution.id + " has no arguments");
      return std::nullopt;
    }
    return attribution;
  }

  std::string_view path_;
  std::string_view article_;
  CodePointIndex code_points_;
  std::vector<EvalError>* errors_;
  std::map<std::string, BratTextBound, std::less<>> bounds_;
};

}  // namespace

BratAnnotations ParseBratAnnotations(std::string_view ann_path, std::string_view ann_text,
                                     std::string_view article, std::vector<EvalError>* errors) {
  size_t first_new_error = errors->size();
  BratAnnotations annotations = Reader(ann_path, article, errors).Read(ann_text);
  // Events are read after the text-bounds; report in line order all the same.
  std::stable_sort(errors->begin() + static_cast<std::ptrdiff_t>(first_new_error), errors->end(),
                   [](const EvalError& a, const EvalError& b) { return a.line < b.line; });
  return annotations;
}

}  // namespace qa
