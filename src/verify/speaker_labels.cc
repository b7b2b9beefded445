#include "verify/speaker_labels.h"

#include <map>

#include "core/text.h"

namespace qa {
namespace {

constexpr size_t kMaxLabelBytes = 48;
constexpr size_t kMaxLabelWords = 4;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

enum class LabelShape { kNone, kCapitals, kNameWords, kOneWord };

// The shape of the text before a colon at a line start.
LabelShape ShapeOf(std::string_view name) {
  if (name.empty() || name.size() > kMaxLabelBytes) return LabelShape::kNone;
  size_t words = 0;
  bool any_lower = false;
  size_t letters = 0;
  size_t at = 0;
  while (at < name.size()) {
    size_t end = name.find(' ', at);
    if (end == std::string_view::npos) end = name.size();
    std::string_view word = name.substr(at, end - at);
    if (word.empty()) return LabelShape::kNone;  // a double space
    // A word starts with a capital (a UTF-8 letter may be one).
    if (!IsUpper(word[0]) && static_cast<unsigned char>(word[0]) < 0xC0) return LabelShape::kNone;
    for (char c : word) {
      bool ok = IsUpper(c) || IsLower(c) || c == '.' || c == '\'' || c == '-' || (c & 0x80);
      if (!ok) return LabelShape::kNone;
      any_lower |= IsLower(c);
      letters += IsUpper(c) || IsLower(c) || (c & 0x80) ? 1 : 0;
    }
    ++words;
    at = end + 1;
  }
  if (words > kMaxLabelWords || letters < 2) return LabelShape::kNone;
  if (!any_lower) return LabelShape::kCapitals;
  return words >= 2 ? LabelShape::kNameWords : LabelShape::kOneWord;
}

struct Candidate {
  SpeakerLabel label;
  LabelShape shape;
};

// Lower case, full stops dropped, spaces collapsed.
std::string Normalised(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '.') continue;
    if (IsAsciiSpace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += IsUpper(c) ? static_cast<char>(c + 32) : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string_view LastWord(std::string_view name) {
  size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

}  // namespace

std::vector<SpeakerLabel> FindSpeakerLabels(std::string_view text) {
  std::vector<Candidate> candidates;
  std::map<std::string, size_t, std::less<>> one_word_uses;
  size_t line = 0;
  while (line < text.size()) {
    size_t next = text.find('\n', line);
    if (next == std::string_view::npos) next = text.size();
    size_t begin = line;
    while (begin < next && IsAsciiBlank(text[begin])) ++begin;
    size_t colon = text.find(':', begin);
    if (colon < next && colon - begin <= kMaxLabelBytes &&
        (colon + 1 == text.size() || IsAsciiSpace(text[colon + 1]))) {
      std::string_view name = text.substr(begin, colon - begin);
      LabelShape shape = ShapeOf(name);
      if (shape != LabelShape::kNone) {
        candidates.push_back({{{begin, colon + 1}, std::string(name)}, shape});
        if (shape == LabelShape::kOneWord) ++one_word_uses[std::string(name)];
      }
    }
    line = next + 1;
  }
  std::vector<SpeakerLabel> labels;
  for (Candidate& candidate : candidates) {
    if (candidate.shape == LabelShape::kOneWord && one_word_uses[candidate.label.name] < 2) {
      continue;
    }
    labels.push_back(std::move(candidate.label));
  }
  return labels;
}

bool LabelNamesSpeaker(std::string_view label, std::string_view name,
                       const std::vector<std::string>& aliases) {
  std::string wanted = Normalised(label);
  if (wanted.empty()) return false;
  std::string_view wanted_last = LastWord(wanted);
  auto same = [&](std::string_view form) {
    std::string normal = Normalised(form);
    return !normal.empty() && (normal == wanted || LastWord(normal) == wanted_last);
  };
  if (same(name)) return true;
  for (const std::string& alias : aliases) {
    if (same(alias)) return true;
  }
  return false;
}

}  // namespace qa
