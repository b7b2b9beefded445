// The built-in rules, loaded once per test binary, and one Scanner built
// from them, for tests that scan or audit articles the way `quoteaudit` does.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "rules/rule_loader.h"
#include "scan/scanner.h"

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

}  // namespace qa::test_scanner
