#include "cli/rule_docs.h"

#include <algorithm>

namespace qa {

std::string_view RuleDoc(std::string_view id) {
  const std::vector<EmbeddedRuleDoc>& docs = EmbeddedRuleDocs();
  auto it = std::lower_bound(
      docs.begin(), docs.end(), id,
      [](const EmbeddedRuleDoc& doc, std::string_view key) { return doc.id < key; });
  return it != docs.end() && it->id == id ? it->markdown : std::string_view();
}

}  // namespace qa
