#include "scan/name_collector.h"

namespace qa {
namespace {

bool IsAllCapsWord(std::string_view word) {
  size_t letters = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 3;
}

bool IsDashToken(std::string_view token) {
  return token == "\xE2\x80\x94" || token == "\xE2\x80\x93" || token == "-" || token == "--";
}

}  // namespace

size_t DatelineLength(const std::vector<Token>& tokens) {
  constexpr size_t kMaxTokens = 12;
  size_t i = 0;
  while (i < tokens.size() && tokens[i].word && IsAllCapsWord(tokens[i].text)) ++i;
  if (i == 0) return 0;
  if (i < tokens.size() && tokens[i].text == ",") {
    ++i;
    while (i < tokens.size() && tokens[i].word && tokens[i].capitalized) ++i;
  }
  if (i < tokens.size() && tokens[i].text == "(") {
    while (i < tokens.size() && tokens[i].text != ")" && i < kMaxTokens) ++i;
    if (i < tokens.size() && tokens[i].text == ")") ++i;
  }
  if (i >= tokens.size() || i > kMaxTokens || tokens[i].word) return 0;
  return IsDashToken(tokens[i].text) ? i + 1 : 0;
}

void NameCollector::Read(const DocumentTokens::Slice& slice, std::vector<Token>* tokens) {
  DocumentTokens::DropQuoted(slice.span, quotes_, tokens);
  std::vector<Token>& outside = *tokens;
  bool opens_paragraph = slice.span.begin == layout_.sentences[slice.sentence].begin &&
                         layout_.OpensParagraph(slice.sentence);
  if (opens_paragraph) {
    size_t dateline = DatelineLength(outside);
    outside.erase(outside.begin(), outside.begin() + static_cast<std::ptrdiff_t>(dateline));
  }
  registry_->CollectNames(outside, slice.sentence);
}

}  // namespace qa
