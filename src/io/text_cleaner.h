// Format-neutral byte checks every reader shares: is this text at all, and
// the analysis copy of the bytes in which non-prose bytes are blanked.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace qa {

// Why `bytes` is not text a reader should load: a NUL byte, a UTF-16 or
// UTF-32 byte-order mark, or many control bytes near the start. `offset` is
// the byte the message refers to. nullopt for text.
std::optional<InputProblem> DetectBinary(std::string_view bytes);

// Returns a copy of `bytes` of the same length in which a leading UTF-8 BOM,
// CR, other control bytes (all but tab and newline) and every byte of an
// invalid UTF-8 sequence (overlong, surrogate, truncated, above U+10FFFF,
// stray continuation) are replaced by ASCII spaces. Invalid UTF-8 is reported
// once in *problems, at its first byte, with the number of further bad bytes.
std::string MakeAnalysisText(std::string_view bytes, std::vector<InputProblem>* problems);
// The same, or nullopt (and no copy made) when it would equal `bytes`.
std::optional<std::string> CleanedText(std::string_view bytes, std::vector<InputProblem>* problems);

}  // namespace qa
