#include "match/pattern_set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include "match/re2_options.h"

namespace qa {

struct PatternSet::Re2Set {
  explicit Re2Set(const RE2::Options& options) : set(options, RE2::UNANCHORED) {}
  RE2::Set set;
};

PatternSet::PatternSet(std::unique_ptr<Re2Set> set) : set_(std::move(set)) {}
PatternSet::~PatternSet() = default;

std::unique_ptr<PatternSet> PatternSet::Compile(const std::vector<std::string>& patterns) {
  auto set = std::make_unique<Re2Set>(Re2Options(PatternOptions{}));
  for (const std::string& pattern : patterns) {
    std::string error;
    if (set->set.Add(pattern, &error) < 0) return nullptr;
  }
  if (!set->set.Compile()) return nullptr;
  return std::unique_ptr<PatternSet>(new PatternSet(std::move(set)));
}

bool PatternSet::Matching(std::string_view text, std::vector<int>* matching) const {
  matching->clear();
  RE2::Set::ErrorInfo error;
  if (set_->set.Match(re2::StringPiece(text.data(), text.size()), matching, &error)) return true;
  return error.kind == RE2::Set::kNoError;  // no pattern matched
}

}  // namespace qa
