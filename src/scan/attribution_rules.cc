#include "scan/attribution_rules.h"

#include <future>
#include <map>
#include <string_view>
#include <system_error>

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
      {"label", Window::kLabel},
  };
  return names;
}

struct CompileOutcome {
  std::shared_ptr<const Pattern> pattern;
  std::string error;
};

// Compiles every pattern of `specs` (continuation rules have none). With
// user words RE2 compiles the patterns over them now, most of the start-up
// time, so the second half of the list is compiled on another thread while
// this one does the first. Built-in patterns over built-in words wait for
// their first use (CompileRulePattern): making them is quick, and with no
// user words at all a thread would cost more.
std::vector<CompileOutcome> CompileAll(const std::vector<AttributionPatternSpec>& specs,
                                       const RuleSet& rules) {
  std::vector<CompileOutcome> outcomes(specs.size());
  // Rules whose patterns are written alike share one Pattern: one compile,
  // one DFA warmed by both.
  std::vector<size_t> first(specs.size());
  std::map<std::string_view, size_t> seen;
  for (size_t i = 0; i < specs.size(); ++i) {
    first[i] =
        specs[i].where == "continuation" ? i : seen.emplace(specs[i].pattern, i).first->second;
  }
  auto compile_range = [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      if (specs[i].where == "continuation" || first[i] != i) continue;
      outcomes[i].pattern =
          CompileRulePattern(specs[i].pattern, rules, PatternOptions{}, &outcomes[i].error);
    }
  };
  auto share = [&] {
    for (size_t i = 0; i < specs.size(); ++i) {
      if (first[i] != i) outcomes[i] = outcomes[first[i]];
    }
  };
  if (rules.built_in_words_only()) {
    compile_range(0, specs.size());
    share();
    return outcomes;
  }
  const size_t half = specs.size() / 2;
  std::future<void> second_half;
  try {
    second_half = std::async(std::launch::async, compile_range, half, specs.size());
  } catch (const std::system_error&) {
    compile_range(half, specs.size());  // no thread to spare: one after the other
  }
  compile_range(0, half);
  if (second_half.valid()) second_half.get();
  share();
  return outcomes;
}

}  // namespace

std::unique_ptr<AttributionRules> AttributionRules::Create(const RuleSet& rules,
                                                           std::vector<RuleError>* errors) {
  auto result = std::unique_ptr<AttributionRules>(new AttributionRules());
  bool ok = true;
  result->settings_.unresolved_pronoun_factor = rules.unresolved_pronoun_factor();
  std::vector<CompileOutcome> outcomes = CompileAll(rules.attribution_patterns(), rules);
  for (size_t index = 0; index < outcomes.size(); ++index) {
    const AttributionPatternSpec& spec = rules.attribution_patterns()[index];
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
    CompiledAttributionPattern compiled;
    compiled.pattern = std::move(outcomes[index].pattern);
    if (compiled.pattern == nullptr) {
      fail(outcomes[index].error);
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
