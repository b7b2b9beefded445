// A RuleSet as bytes, so the built-in rules need no JSON parsing at start-up.
// The build merges rules/*.json once (src/rules/snapshot_tool) and embeds
// the snapshot; LoadRules reads it back in well under a millisecond, where
// parsing and merging the JSON took 4-6 ms of every run. The format is
// private to one build: lengths as varints, doubles as their 8 bytes.
#pragma once

#include <string>
#include <string_view>

#include "rules/rule_set.h"
#include "rules/rule_set_builder.h"

namespace qa {

// Everything a RuleSet holds that the merge of rule files set: lexicons,
// rules with their options, attribution patterns and settings.
std::string WriteRuleSnapshot(const RuleSet& rules);

// Fills `out` (expected empty) from WriteRuleSnapshot's bytes. False when
// the bytes are cut short or malformed; `out` is then incomplete.
bool ReadRuleSnapshot(std::string_view bytes, RuleSetBuilder* out);

// The snapshot of the embedded rule files, made at build time.
std::string_view BuiltInRuleSnapshot();

}  // namespace qa
