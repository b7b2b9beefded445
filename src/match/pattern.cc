#include "match/pattern.h"

#include <re2/re2.h>

#include <array>

namespace qa {
namespace {

// The memory RE2 may use to compile one pattern (and for its match-time
// caches); a pattern that needs more is a compile error.
constexpr int64_t kPatternMemoryBudget = int64_t{64} << 20;

}  // namespace

std::unique_ptr<Pattern> Pattern::Compile(std::string_view pattern, PatternOptions options,
                                          std::string* error) {
  RE2::Options re_options;
  re_options.set_log_errors(false);
  re_options.set_encoding(RE2::Options::EncodingUTF8);
  re_options.set_case_sensitive(options.case_sensitive);
  re_options.set_longest_match(options.longest_match);
  // Generated alternations of a few thousand lexicon words exceed the default.
  // The budget also bounds what a user's rule file can cost: RE2 matches in
  // time linear in the text, and a pattern bigger than this is refused.
  re_options.set_max_mem(kPatternMemoryBudget);
  auto re = std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()), re_options);
  if (!re->ok()) {
    if (error != nullptr) {
      *error = re->error_code() == RE2::ErrorPatternTooLarge
                   ? "pattern too large: RE2 cannot compile it within its memory budget of " +
                         std::to_string(kPatternMemoryBudget >> 20) +
                         " MiB (shorten counted repeats such as {1000} or long alternations)"
                   : re->error();
    }
    return nullptr;
  }
  std::unique_ptr<Pattern> result(new Pattern());
  result->re_ = std::move(re);
  result->source_ = std::string(pattern);
  return result;
}

Pattern::~Pattern() = default;

std::optional<PatternMatch> Pattern::MatchAt(std::string_view text, size_t start, bool anchored,
                                             size_t base) const {
  const int groups = re_->NumberOfCapturingGroups();
  // Most patterns have a handful of groups: no heap allocation per call.
  constexpr int kInlineGroups = 16;
  std::array<re2::StringPiece, kInlineGroups> inline_pieces;
  std::vector<re2::StringPiece> heap_pieces;
  re2::StringPiece* pieces = inline_pieces.data();
  if (groups + 1 > kInlineGroups) {
    heap_pieces.resize(static_cast<size_t>(groups) + 1);
    pieces = heap_pieces.data();
  }
  re2::StringPiece input(text.data(), text.size());
  if (!re_->Match(input, start, text.size(), anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, pieces,
                  groups + 1)) {
    return std::nullopt;
  }
  PatternMatch match;
  auto to_span = [&](const re2::StringPiece& piece) {
    size_t b = static_cast<size_t>(piece.data() - text.data());
    return Span{base + b, base + b + piece.size()};
  };
  match.whole = to_span(pieces[0]);
  match.groups.resize(static_cast<size_t>(groups) + 1);
  for (size_t i = 1; i < match.groups.size(); ++i) {
    if (pieces[i].data() != nullptr) match.groups[i] = to_span(pieces[i]);
  }
  return match;
}

std::optional<PatternMatch> Pattern::Find(std::string_view text, size_t base) const {
  return MatchAt(text, 0, false, base);
}

std::optional<PatternMatch> Pattern::MatchPrefix(std::string_view text, size_t base) const {
  return MatchAt(text, 0, true, base);
}

std::vector<PatternMatch> Pattern::FindAll(std::string_view text, size_t base) const {
  std::vector<PatternMatch> all;
  size_t pos = 0;
  while (pos <= text.size()) {
    auto match = MatchAt(text, pos, false, base);
    if (!match) break;
    size_t end = match->whole.end - base;
    all.push_back(std::move(*match));
    // Step past an empty match so the loop always advances.
    pos = end > pos ? end : pos + 1;
  }
  return all;
}

bool Pattern::Matches(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

int Pattern::NumberOfGroups() const { return re_->NumberOfCapturingGroups(); }

int Pattern::GroupIndex(std::string_view name) const {
  const auto& names = re_->NamedCapturingGroups();
  auto it = names.find(std::string(name));
  return it == names.end() ? -1 : it->second;
}

std::string QuoteMeta(std::string_view literal) {
  return RE2::QuoteMeta(re2::StringPiece(literal.data(), literal.size()));
}

}  // namespace qa
