#include "checks/registry.h"

#include "checks/attribution_conflict_check.h"
#include "checks/boilerplate_check.h"
#include "checks/duplicate_text_check.h"
#include "checks/unattributed_quote_check.h"
#include "checks/unbalanced_quote_check.h"
#include "checks/unsourced_claim_check.h"
#include "checks/vague_source_check.h"

namespace qa {
namespace {

// Builds one check from its rule; nullptr (with *errors filled) on failure.
using CheckFactory = std::unique_ptr<Check> (*)(const RuleInfo& rule, const RuleSet& rules,
                                                std::vector<RuleError>* errors,
                                                SharedByChecks* shared);

// The factory of a check that shares nothing with the others.
template <auto kCreate>
std::unique_ptr<Check> Alone(const RuleInfo& rule, const RuleSet& rules,
                             std::vector<RuleError>* errors, SharedByChecks* /*shared*/) {
  return kCreate(rule, rules, errors);
}

struct Registration {
  const char* id;
  CheckFactory create;
};

// Every check, in alphabetical order of rule id: one line each.
const Registration kChecks[] = {
    {"attribution-conflict", &Alone<&AttributionConflictCheck::Create>},
    {"boilerplate", &Alone<&BoilerplateCheck::Create>},
    {"duplicate-text", &Alone<&DuplicateTextCheck::Create>},
    {"unattributed-quote", &Alone<&UnattributedQuoteCheck::Create>},
    {"unbalanced-quote", &Alone<&UnbalancedQuoteCheck::Create>},
    {"unsourced-claim", &UnsourcedClaimCheck::Create},
    {"vague-source", &VagueSourceCheck::Create},
};

}  // namespace

std::vector<std::unique_ptr<Check>> MakeChecks(const RuleSet& rules,
                                               std::vector<RuleError>* errors) {
  std::vector<std::unique_ptr<Check>> checks;
  SharedByChecks shared;
  for (const Registration& registration : kChecks) {
    const RuleInfo* rule = rules.FindRule(registration.id);
    if (rule == nullptr || !rule->enabled) continue;
    auto check = registration.create(*rule, rules, errors, &shared);
    if (check != nullptr) checks.push_back(std::move(check));
  }
  return checks;
}

std::vector<std::string_view> PostCheckRuleIds() {
  return {"unused-suppression"};  // cli/suppression.cc
}

std::vector<std::string_view> RegisteredCheckIds() {
  std::vector<std::string_view> ids;
  for (const Registration& registration : kChecks) ids.push_back(registration.id);
  return ids;
}

}  // namespace qa
