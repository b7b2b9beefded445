// Content fingerprints for findings: what baselines (--baseline) and SARIF's
// partialFingerprints match on, so a finding keeps its identity when text
// elsewhere in the file is edited. Built from the rule id, the finding's own
// text and a few words of context on each side, all normalised (ASCII
// lower-cased, whitespace runs collapsed), never from line numbers or byte
// offsets. Two findings alike in all of that get ":1", ":2", ... in document
// order, so identical findings in one file stay distinct entries.
#pragma once

#include <span>
#include <string>

#include "core/document.h"
#include "core/finding.h"

namespace qa {

// Fills finding.fingerprint for every finding of `document`, which must be
// in document order (as the auditor leaves them). Form: 16 hex digits, ':',
// the occurrence number ("9f0c1d2e3a4b5c6d:1").
void FingerprintFindings(const Document& document, std::span<Finding> findings);

}  // namespace qa
