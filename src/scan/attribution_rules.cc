#include "scan/attribution_rules.h"

#include <map>

#include "rules/pattern_expander.h"

namespace qa {
namespace {

const std::map<std::string, Window>& WindowNames() {
  static const std::map<std::string, Window> names = {
      {"after", Window::kAfter},
      {"before", Window::kBefore},
      {"sentence-before", Window::kSentenceBefore},
      {"sentence-after", Window::kSentenceAfter},
      {"paragraph-before", Window::kParagraphBefore},
      {"paragraph-after", Window::kParagraphAfter},
      {"previous-sentence", Window::kPreviousSentence},
      {"next-sentence", Window::kNextSentence},
  };
  return names;
}

}  // namespace

std::unique_ptr<AttributionRules> AttributionRules::Create(const RuleSet& rules,
                                                           std::vector<RuleError>* errors) {
  auto result = std::unique_ptr<AttributionRules>(new AttributionRules());
  bool ok = true;
  result->settings_.unresolved_pronoun_factor = rules.unresolved_pronoun_factor();
  for (const auto& spec : rules.attribution_patterns()) {
    if (spec.where == "continuation") {
      result->settings_.continuation = {true,
                                        spec.id,
                                        spec.description,
                                        spec.confidence,
                                        spec.same_paragraph_confidence,
                                        spec.next_paragraph_confidence};
      continue;
    }
    auto fail = [&](const std::string& message) {
      errors->push_back({spec.source, "/attribution_patterns/" + spec.id, message});
      ok = false;
    };
    auto where = WindowNames().find(spec.where);
    if (where == WindowNames().end()) {
      fail("unknown \"where\": " + spec.where);
      continue;
    }
    std::string error;
    CompiledAttributionPattern compiled;
    compiled.pattern = CompileRulePattern(spec.pattern, rules, PatternOptions{}, &error);
    if (compiled.pattern == nullptr) {
      fail(error);
      continue;
    }
    compiled.id = spec.id;
    compiled.window = where->second;
    compiled.confidence = spec.confidence;
    compiled.description = spec.description;
    compiled.speaker_group = compiled.pattern->GroupIndex("speaker");
    compiled.cue_group = compiled.pattern->GroupIndex("cue");
    if (compiled.speaker_group < 0) {
      fail("pattern has no (?P<speaker>...) group");
      continue;
    }
    result->by_window_[static_cast<size_t>(compiled.window)].push_back(std::move(compiled));
  }
  if (!ok) return nullptr;
  return result;
}

}  // namespace qa
