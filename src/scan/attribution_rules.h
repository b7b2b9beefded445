// The attribution patterns of the rule set, compiled once at start-up and
// grouped by the window around a quote they are matched in.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "match/pattern.h"
#include "rules/rule_set.h"

namespace qa {

// Where around a quote a pattern looks. Tried in this order.
enum class Window {
  kAfter,             // from the closing mark to the end of the sentence, anchored
  kBefore,            // from the sentence start to the opening mark, ending there
  kSentenceBefore,    // anywhere before the quote in its sentence; nearest cue wins
  kSentenceAfter,     // anywhere after the quote in its sentence
  kParagraphAfter,    // the next paragraph, when the quote is a paragraph of its own
  kParagraphBefore,   // the previous paragraph, when the quote opens a paragraph
  kPreviousSentence,  // the sentence before, when the quote opens its sentence
  kNextSentence,      // the sentence after, when the quote ends its sentence
  kLabel,             // the quote's own opening words: a transcript's "NAME:" label
};
constexpr size_t kWindowCount = 9;

struct CompiledAttributionPattern {
  std::string id;
  Window window = Window::kAfter;
  double confidence = 0.9;
  std::string description;
  // Shared by the rules whose patterns are written alike (compiled once).
  std::shared_ptr<const Pattern> pattern;
  int speaker_group = -1;
  int cue_group = -1;
};

// The rule that gives a quote with no cue of its own to the speaker of the
// quote before it ("where": "continuation" in the rule files).
struct ContinuationRule {
  bool enabled = false;
  std::string id;
  std::string description;
  double adjacent_confidence = 0;        // the sentence right after the speaker's quote
  double same_paragraph_confidence = 0;  // other sentences between, same paragraph
  double next_paragraph_confidence = 0;  // opens the next paragraph
};

struct AttributionSettings {
  ContinuationRule continuation;
  double unresolved_pronoun_factor = 1.0;
};

class AttributionRules {
 public:
  static std::unique_ptr<AttributionRules> Create(const RuleSet& rules,
                                                  std::vector<RuleError>* errors);
  const std::vector<CompiledAttributionPattern>& In(Window window) const {
    return by_window_[static_cast<size_t>(window)];
  }
  const AttributionSettings& settings() const { return settings_; }

 private:
  std::array<std::vector<CompiledAttributionPattern>, kWindowCount> by_window_;
  AttributionSettings settings_;
};

}  // namespace qa
