// A check's options struct and its rule file must agree: every option the
// rule file declares is read by the check, every option the check reads is
// declared, with the kind the check reads it as; the rule file holds the only
// default. rules/option_reader.h enforces this when a check is built.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "checks/registry.h"
#include "checks/unattributed_quote_check.h"
#include "rules/option_reader.h"
#include "rules/rule_loader.h"
#include "verify/verify_rules.h"

namespace qa {
namespace {

using Strings = std::vector<std::string>;

Strings Messages(const std::vector<RuleError>& errors) {
  Strings out;
  for (const RuleError& error : errors) out.push_back(error.ToString());
  return out;
}

const RuleSet& BuiltIn() {
  static const RuleSet* rules = [] {
    RuleLoadResult loaded = LoadRules({});
    EXPECT_EQ(Messages(loaded.errors), Strings{});
    return new RuleSet(std::move(loaded.rules));
  }();
  return *rules;
}

// Every built-in rule has a check, and every check builds from its rule file
// with no option the one has and the other lacks.
TEST(CheckOptionsTest, EveryCheckAndItsRuleFileAgree) {
  std::vector<RuleError> errors;
  const auto checks = MakeChecks(BuiltIn(), &errors);
  EXPECT_EQ(Messages(errors), Strings{});
  Strings built;
  for (const auto& check : checks) built.emplace_back(check->id());
  Strings rules;
  const std::vector<std::string_view> post_check = PostCheckRuleIds();
  for (const auto& [id, rule] : BuiltIn().rules()) {
    // Reported by the CLI after the checks, with no Check class.
    // verify's rules, reported by `quoteaudit verify`, with no Check either.
    const std::vector<std::string_view> verify = VerifyRuleIds();
    if (std::find(post_check.begin(), post_check.end(), id) == post_check.end() &&
        std::find(verify.begin(), verify.end(), id) == verify.end())
      rules.push_back(id);
  }
  EXPECT_EQ(built, rules);
}

TEST(CheckOptionsTest, AnOptionTheCheckNeverReadsIsAnError) {
  RuleInfo rule = *BuiltIn().FindRule("unattributed-quote");
  rule.options["min_wrods"] = 3.0;
  std::vector<RuleError> errors;
  EXPECT_EQ(UnattributedQuoteCheck::Create(rule, BuiltIn(), &errors), nullptr);
  EXPECT_EQ(Messages(errors),
            Strings{"rules/unattributed-quote.json: /rule/options/min_wrods: the rule file "
                    "declares option \"min_wrods\" but check unattributed-quote never reads it"});
}

// No fallback in C++: an option the rule file leaves out is an error, not a
// silent default.
TEST(CheckOptionsTest, AMissingOptionIsAnErrorNotAFallback) {
  RuleInfo rule = *BuiltIn().FindRule("unattributed-quote");
  rule.options.erase("min_words");
  std::vector<RuleError> errors;
  EXPECT_EQ(UnattributedQuoteCheck::Create(rule, BuiltIn(), &errors), nullptr);
  EXPECT_EQ(Messages(errors),
            Strings{"rules/unattributed-quote.json: /rule/options/min_words: check "
                    "unattributed-quote reads option \"min_words\" but the rule file does not "
                    "declare it (declare it with its default)"});
}

TEST(CheckOptionsTest, AnOptionOfAnotherKindIsAnError) {
  RuleInfo rule = *BuiltIn().FindRule("unattributed-quote");
  rule.options["include_partial"] = std::string("yes");
  std::vector<RuleError> errors;
  EXPECT_EQ(UnattributedQuoteCheck::Create(rule, BuiltIn(), &errors), nullptr);
  EXPECT_EQ(Messages(errors),
            Strings{"rules/unattributed-quote.json: /rule/options/include_partial: check "
                    "unattributed-quote reads this option as true or false, but it is a string"});
}

TEST(CheckOptionsTest, CountsAreWholeAndNotNegative) {
  RuleInfo rule = *BuiltIn().FindRule("unattributed-quote");
  rule.options["min_words"] = -2.0;
  std::vector<RuleError> errors;
  OptionReader reader(rule, &errors);
  EXPECT_EQ(reader.Count("min_words"), 0u);
  EXPECT_TRUE(reader.Bool("include_partial"));
  EXPECT_FALSE(reader.Finish());
  EXPECT_EQ(Messages(errors), Strings{"rules/unattributed-quote.json: /rule/options/min_words: "
                                      "expected a whole number, 0 or more"});
}

}  // namespace
}  // namespace qa
