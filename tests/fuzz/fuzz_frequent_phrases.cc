// Fuzz target: a big lexicon cut to its frequent phrases
// (match/frequent_phrases.h). Input: one flag byte (bit 0: case-insensitive),
// a lexicon phrase up to the first newline, then a document. The phrase
// joins the first 160 built-in speech verbs, last (so it is cut away), and a
// pattern naming the lexicon between word boundaries, deferred as the
// built-in patterns are, must find in the document and in pieces cut from it
// exactly the matches and groups the same pattern compiled whole finds: a
// wrong answer would search a window holding a rarer verb without it, or
// (the cue being one every match needs) skip a window that holds a verb.
#include <algorithm>

#include "fuzz_support.h"
#include "match/pattern.h"
#include "rules/pattern_expander.h"
#include "rules/rule_loader.h"
#include "rules/rule_set_builder.h"

namespace {

const std::vector<std::string>& FirstSpeechVerbs() {
  static const std::vector<std::string> verbs = [] {
    qa::RuleLoadResult loaded = qa::LoadRules({});
    const qa::Lexicon* lexicon = loaded.rules.FindLexicon("speech-verbs");
    std::vector<std::string> first;
    if (lexicon == nullptr) return first;
    const size_t count = std::min<size_t>(lexicon->entries.size(), 160);
    first.assign(lexicon->entries.begin(), lexicon->entries.begin() + count);
    return first;
  }();
  return verbs;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<qa::fuzz::LineAndText> input = qa::fuzz::ReadLineAndText(data, size);
  if (!input) return 0;
  qa::RuleSetBuilder builder;
  qa::Lexicon& lexicon = builder.lexicons()["verbs"];
  lexicon.name = "verbs";
  lexicon.entries = FirstSpeechVerbs();
  lexicon.entries.push_back(input->line);
  qa::RuleSet rules = std::move(builder).Build();
  rules.set_built_in_words_only(true);
  const std::string written =
      "(?P<who>\\p{Lu}\\p{L}*|\\w+)\\s+\\b(?P<cue>(?i:{verbs}))\\b(?:\\s+(?P<rest>\\w+))?";
  qa::PatternOptions options;
  options.case_sensitive = input->case_sensitive;
  std::string error;
  std::unique_ptr<qa::Pattern> cut = qa::CompileRulePattern(written, rules, options, &error);
  std::unique_ptr<qa::Pattern> full =
      qa::Pattern::Compile(qa::ExpandPlaceholders(written, rules).regex, options, &error);
  if (cut == nullptr || full == nullptr) return 0;
  const std::string& document = input->text;
  auto check = [&](std::string_view text) {
    const std::vector<qa::PatternMatch> expected = full->FindAll(text);
    const std::vector<qa::PatternMatch> found = cut->FindAll(text);
    qa::fuzz::Require(found.size() == expected.size(), "the cut pattern found other matches");
    for (size_t i = 0; i < found.size(); ++i) {
      qa::fuzz::Require(
          found[i].whole == expected[i].whole && found[i].groups == expected[i].groups,
          "the cut pattern found another match or other groups");
    }
  };
  check(document);
  for (size_t begin = 0; begin < document.size() && begin < 24; begin += 5) {
    check(std::string_view(document).substr(begin, 40));
  }
  return 0;
}
