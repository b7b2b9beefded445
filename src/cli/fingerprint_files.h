// check --reference FINGERPRINTS: an archive compared with through the
// fingerprint records check --emit-fingerprints wrote for it, without
// reading its articles again (docs/scale.md#reference).
#pragma once

#include <string>

#include "cli/auditor.h"

namespace qa {

// Whether `path` is a file of fingerprint records: its first non-blank line
// is a JSON object with "key", "archive" and "item".
bool IsFingerprintFile(const std::string& path);

// Feeds the records of `path` to the cross-document checks of `auditor`, one
// article (a run of consecutive records with the same article) at a time, as
// if each article had been audited. False with *error naming the file and
// line of the first bad record; the good ones are remembered all the same.
bool RememberFingerprints(const std::string& path, Auditor* auditor, std::string* error);

}  // namespace qa
