// One Scanner built from the built-in rules, compiled once per test binary,
// for tests that scan articles the way `quoteaudit` does.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "rules/rule_loader.h"
#include "scan/scanner.h"

namespace qa::test_scanner {

inline const Scanner& BuiltinScanner() {
  static const Scanner* scanner = [] {
    RuleLoadResult loaded = LoadRules({});
    for (const RuleError& error : loaded.errors) ADD_FAILURE() << error.ToString();
    std::vector<RuleError> errors;
    std::unique_ptr<Scanner> created = Scanner::Create(loaded.rules, &errors);
    for (const RuleError& error : errors) ADD_FAILURE() << error.ToString();
    return created.release();  // kept until exit, shared by every test
  }();
  return *scanner;
}

}  // namespace qa::test_scanner
