// The built-in rules, loaded once per test binary, and one Scanner and the
// attribution engine's word lists built from them, for tests that scan or
// audit articles the way `quoteaudit` does, or test one scan step alone.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string_view>
#include <vector>

#include "rules/rule_loader.h"
#include "scan/scanner.h"
#include "scan/word_sets.h"

namespace qa::test_scanner {

inline const RuleSet& BuiltinRules() {
  static const RuleSet* rules = [] {
    RuleLoadResult loaded = LoadRules({});
    for (const RuleError& error : loaded.errors) ADD_FAILURE() << error.ToString();
    return new RuleSet(std::move(loaded.rules));  // kept until exit, shared by every test
  }();
  return *rules;
}

inline const Scanner& BuiltinScanner() {
  static const Scanner* scanner = [] {
    std::vector<RuleError> errors;
    std::unique_ptr<Scanner> created = Scanner::Create(BuiltinRules(), &errors);
    for (const RuleError& error : errors) ADD_FAILURE() << error.ToString();
    return created.release();  // kept until exit, shared by every test
  }();
  return *scanner;
}

inline const WordSets& BuiltinWords() {
  static const WordSets* words = new WordSets(BuiltinRules());  // kept until exit
  return *words;
}

// A Tokenizer's abbreviation test over a PhraseSet (`context`), as the
// scanner gives it the built-in abbreviations.
inline bool IsKnownAbbreviation(std::string_view word_with_period, const void* context) {
  return static_cast<const PhraseSet*>(context)->Contains(word_with_period);
}

}  // namespace qa::test_scanner
