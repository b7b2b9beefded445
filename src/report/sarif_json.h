// The pieces of a SARIF 2.1.0 log that do not depend on the run: artifact
// locations (relative paths as URI references under %SRCROOT%), regions,
// levels and rule descriptors. The sarif reporter (report/sarif_reporter.h)
// puts them together; they are separate so each can be tested on its own.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/severity.h"
#include "report/located_finding.h"
#include "report/reporter.h"

namespace qa {

using SarifJson = nlohmann::ordered_json;

// "error", "warning" or "note".
std::string_view SarifLevel(Severity severity);

// `path` as a URI reference: every byte but the unreserved characters and
// "/" percent-encoded ("my story.txt" -> "my%20story.txt"), leading "./"
// dropped. Absolute paths become file:// URIs.
std::string PathToUri(std::string_view path);

// {"uri": ..., "uriBaseId": "%SRCROOT%"} (no base for an absolute path).
SarifJson ArtifactLocation(std::string_view path);

// The region of a place: start and end line and column (columns in code
// points, the end just past the last character), byteOffset and byteLength,
// and, for a place of at most kMaxSnippetBytes in `source` (the file's
// bytes; empty for another file), the snippet. A place in another file whose
// line is unknown has only its bytes.
inline constexpr size_t kMaxSnippetBytes = 4096;
SarifJson Region(const LocatedPlace& place, std::string_view source);

// A reportingDescriptor: id, name, shortDescription (the summary),
// fullDescription (the first paragraph of the rule's page, else the
// summary), help (the page as text and Markdown), helpUri and
// defaultConfiguration.
SarifJson RuleDescriptor(const RuleDescription& rule);

// The first paragraph of a rule page's prose: after the title and the
// "**Severity:** ..." line, up to the first blank line, joined into one
// line. Empty when there is none.
std::string FirstParagraph(std::string_view markdown);

}  // namespace qa
